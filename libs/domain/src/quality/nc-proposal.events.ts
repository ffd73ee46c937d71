import type { LocalDate } from '../calendar';
import type { NonconformitySeverity } from './nonconformity.events';
import type { Stamp } from './quality.stamp';

/*
 * The events of stream `nc-proposal-<key>` (đề xuất ghi nhận điểm không phù hợp): a late dossier
 * or a late step of the document process is proposed to the ISO secretary as a nonconformity
 * (TT 26 Art. 39.7, research §B); the secretary accepts it (the NC is raised with source `kpi`) or
 * dismisses it with a reason. Undecided proposals are not events: the read models find them. A
 * public contract; type strings are fixed forever.
 */

/** The document process's clocks (DOMAIN.md §3) a late step may belong to. */
export const NC_PROPOSAL_STEPS = ['distribute', 'supplement', 'submit', 'issue', 'leader'] as const;
export type NcProposalStep = (typeof NC_PROPOSAL_STEPS)[number];

/**
 * What was late, as the read model found it when the secretary decided: a dossier (by id, with its
 * code and procedure) finished late or overdue, or one step of a document's process. `doneOn` is
 * null while it is still open (overdue); `daysLate` counts working days past `due`.
 */
export type NcProposalSubject =
  | { kind: 'dossier'; dossierId: string; code: string; procedureCode: string; procedureName: string | null; due: LocalDate; doneOn: LocalDate | null; daysLate: number }
  | { kind: 'step'; documentId: string; step: NcProposalStep; excerpt: string | null; due: LocalDate; doneOn: LocalDate | null; daysLate: number };

/** Accepted: the nonconformity `nonconformityId` is raised from it with these terms. */
export type NcProposalAccepted = {
  type: 'NcProposalAccepted';
  data: Stamp & { key: string; subject: NcProposalSubject; nonconformityId: string; description: string; severity: NonconformitySeverity };
};

/** Dismissed (not a nonconformity: a force majeure, a delay already handled): the reason stays on record. */
export type NcProposalDismissed = { type: 'NcProposalDismissed'; data: Stamp & { key: string; subject: NcProposalSubject; reason: string } };

export type NcProposalEvent = NcProposalAccepted | NcProposalDismissed;
export const NC_PROPOSAL_EVENT_TYPES = ['NcProposalAccepted', 'NcProposalDismissed'] as const satisfies readonly NcProposalEvent['type'][];

/** The proposal's key names its subject: `dossier.<dossier id>` or `step.<document id>.<step>`. */
export function ncProposalKey(subject: Pick<NcProposalSubject, 'kind'> & { dossierId?: string; documentId?: string; step?: string }): string {
  return subject.kind === 'dossier' ? `dossier.${subject.dossierId}` : `step.${subject.documentId}.${subject.step}`;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const DOSSIER_KEY = new RegExp(`^dossier\\.(${UUID})$`);
const STEP_KEY = new RegExp(`^step\\.(${UUID})\\.(${NC_PROPOSAL_STEPS.join('|')})$`);

/** What a key names, or null for a string that is no proposal's key. */
export function parseNcProposalKey(key: string): { kind: 'dossier'; dossierId: string } | { kind: 'step'; documentId: string; step: NcProposalStep } | null {
  const dossier = DOSSIER_KEY.exec(key);
  if (dossier) return { kind: 'dossier', dossierId: dossier[1] };
  const step = STEP_KEY.exec(key);
  return step ? { kind: 'step', documentId: step[1], step: step[2] as NcProposalStep } : null;
}

export function ncProposalStreamName(key: string): string {
  return `nc-proposal-${key}`;
}
