import type { ProcedureVersionSpec } from './procedure.types';

/*
 * The events of stream `procedure-<code>`: a public contract; type strings are fixed forever.
 * `by` is a user id, `at` the command's `now`.
 */
type Stamp = { by: string; at: string };

/** A procedure enters the catalogue: national code (mã TTHC), name, field. */
export type ProcedureRegistered = {
  type: 'ProcedureRegistered';
  data: Stamp & { code: string; name: string; fieldCode: string };
};

/** A version (effective dates, checklist, statutory time, internal process) is written; not usable until approved. */
export type ProcedureVersionDrafted = {
  type: 'ProcedureVersionDrafted';
  data: Stamp & ProcedureVersionSpec & { code: string; version: number };
};

/** The office chief approves a version (its internal process) with the decision's reference. */
export type ProcedureVersionApproved = {
  type: 'ProcedureVersionApproved';
  data: Stamp & { code: string; version: number; decisionRef: string };
};

export type ProcedureEvent = ProcedureRegistered | ProcedureVersionDrafted | ProcedureVersionApproved;
export type ProcedureEventType = ProcedureEvent['type'];
export const PROCEDURE_EVENT_TYPES = ['ProcedureRegistered', 'ProcedureVersionDrafted', 'ProcedureVersionApproved'] as const satisfies readonly ProcedureEventType[];

export function procedureStreamName(code: string): string {
  return `procedure-${code}`;
}
