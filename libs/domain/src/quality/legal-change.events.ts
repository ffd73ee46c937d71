import type { LocalDate } from '../calendar';
import type { Stamp } from './quality.stamp';

/*
 * The events of stream `legal-change-<id>` (thay đổi văn bản pháp luật): a public contract; type
 * strings are fixed forever. Procedures are named by their catalogue code and version: the
 * catalogue is the process register, never copied here.
 */

/** A legal document that changes how procedures are handled; due = effectiveFrom + 3 months. */
export type LegalChangeRegistered = {
  type: 'LegalChangeRegistered';
  data: Stamp & { docSymbol: string; excerpt: string; issuedOn: LocalDate; effectiveFrom: LocalDate; dueOn: LocalDate; procedureCodes: string[] };
};

/** Đánh giá tác động: `none` closes the change, `revise` awaits a new version of each procedure. */
export type LegalChangeAssessed = {
  type: 'LegalChangeAssessed';
  data: Stamp & { impact: LegalImpact; note: string };
};

/** A procedure's new version, approved by the head on `approvedOn`, takes the change in. */
export type LegalChangeIncorporated = {
  type: 'LegalChangeIncorporated';
  data: Stamp & { procedureCode: string; version: number; approvedOn: LocalDate };
};

export const LEGAL_IMPACTS = ['none', 'revise'] as const;
export type LegalImpact = (typeof LEGAL_IMPACTS)[number];

export type LegalChangeEvent = LegalChangeRegistered | LegalChangeAssessed | LegalChangeIncorporated;
export const LEGAL_CHANGE_EVENT_TYPES = ['LegalChangeRegistered', 'LegalChangeAssessed', 'LegalChangeIncorporated'] as const satisfies readonly LegalChangeEvent['type'][];

export function legalChangeStreamName(id: string): string {
  return `legal-change-${id}`;
}
