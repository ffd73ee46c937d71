import type { LocalDate } from '../calendar';
import type { Stamp } from './quality.stamp';

/*
 * The events of stream `nonconformity-<id>` (điểm không phù hợp, ISO 9001 §10.2; TT 26 Art. 39.7
 * "hồ sơ thực hiện hành động khắc phục"): a public contract; type strings are fixed forever.
 */

/** Where it was found: internal audit, a complaint, a performance figure (late dossiers), the province's inspection. */
export const NONCONFORMITY_SOURCES = ['audit', 'complaint', 'kpi', 'inspection'] as const;
export type NonconformitySource = (typeof NONCONFORMITY_SOURCES)[number];

export const NONCONFORMITY_SEVERITIES = ['major', 'minor'] as const;
export type NonconformitySeverity = (typeof NONCONFORMITY_SEVERITIES)[number];

export type NonconformityRaised = {
  type: 'NonconformityRaised';
  data: Stamp & {
    source: NonconformitySource;
    /** The audit id, complaint, dossier code or inspection record it came from. */
    sourceRef: string;
    /** The clause of TCVN ISO 9001:2015 not met, when named. */
    clause: string | null;
    description: string;
    severity: NonconformitySeverity;
    /** The catalogue procedure concerned, when one is. */
    procedureCode: string | null;
  };
};

/** Khắc phục tức thời: what was done about the case itself. */
export type NonconformityCorrected = { type: 'NonconformityCorrected'; data: Stamp & { correction: string } };

/** Nguyên nhân gốc rễ. */
export type NonconformityRootCauseAnalysed = { type: 'NonconformityRootCauseAnalysed'; data: Stamp & { rootCause: string } };

/** Hành động khắc phục, with its owner and due date. */
export type CorrectiveActionPlanned = { type: 'CorrectiveActionPlanned'; data: Stamp & { action: string; ownerId: string; dueOn: LocalDate } };

export type CorrectiveActionImplemented = { type: 'CorrectiveActionImplemented'; data: Stamp & { note: string } };

/** Kiểm tra hiệu lực: an ineffective action sends the nonconformity back to plan another. */
export type CorrectiveActionVerified = { type: 'CorrectiveActionVerified'; data: Stamp & { effective: boolean; note: string } };

export type NonconformityClosed = { type: 'NonconformityClosed'; data: Stamp & { note: string | null } };

export type NonconformityEvent =
  | NonconformityRaised
  | NonconformityCorrected
  | NonconformityRootCauseAnalysed
  | CorrectiveActionPlanned
  | CorrectiveActionImplemented
  | CorrectiveActionVerified
  | NonconformityClosed;

export const NONCONFORMITY_EVENT_TYPES = [
  'NonconformityRaised', 'NonconformityCorrected', 'NonconformityRootCauseAnalysed', 'CorrectiveActionPlanned', 'CorrectiveActionImplemented', 'CorrectiveActionVerified',
  'NonconformityClosed',
] as const satisfies readonly NonconformityEvent['type'][];

export function nonconformityStreamName(id: string): string {
  return `nonconformity-${id}`;
}
