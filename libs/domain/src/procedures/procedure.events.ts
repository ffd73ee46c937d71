import type { InternalProcessVersionSpec } from './internal-process.types';
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

/** An internal process of the office (quy trình nội bộ, e.g. QT-VB-01) enters the catalogue. */
export type InternalProcessRegistered = {
  type: 'InternalProcessRegistered';
  data: Stamp & { code: string; name: string };
};

/** A version of an internal process (its steps and their limits) is written; not in force until approved (ProcedureVersionApproved). */
export type InternalProcessVersionDrafted = {
  type: 'InternalProcessVersionDrafted';
  data: Stamp & InternalProcessVersionSpec & { code: string; version: number };
};

/** The approval of a later version ends the open version before it on the eve of its effective date. */
export type InternalProcessVersionSuperseded = {
  type: 'InternalProcessVersionSuperseded';
  data: Stamp & { code: string; version: number; effectiveTo: string; byVersion: number };
};

export type ProcedureEvent =
  | ProcedureRegistered
  | ProcedureVersionDrafted
  | ProcedureVersionApproved
  | InternalProcessRegistered
  | InternalProcessVersionDrafted
  | InternalProcessVersionSuperseded;
export type ProcedureEventType = ProcedureEvent['type'];
export const PROCEDURE_EVENT_TYPES = ['ProcedureRegistered', 'ProcedureVersionDrafted', 'ProcedureVersionApproved'] as const satisfies readonly ProcedureEventType[];
/** The events only internal processes write; their versions are approved with ProcedureVersionApproved. */
export const INTERNAL_PROCESS_EVENT_TYPES = [
  'InternalProcessRegistered', 'InternalProcessVersionDrafted', 'InternalProcessVersionSuperseded',
] as const satisfies readonly ProcedureEventType[];

export function procedureStreamName(code: string): string {
  return `procedure-${code}`;
}
