import type { Actor } from '../shared';
import type { InternalVersionSpecInput } from './internal-process.spec-rules';
import type { ProcedureVersionSpec } from './procedure.types';

interface CommandBase {
  code: string;
  actor: Actor;
  now: string;
}

/** POST /api/procedures (ISO secretary). */
export interface RegisterProcedure extends CommandBase {
  type: 'register';
  name: string;
  fieldCode: string;
}

/** POST /api/procedures/:code/versions (ISO secretary); `cutoffHour` defaults to 15. */
export interface DraftProcedureVersion extends CommandBase, Omit<ProcedureVersionSpec, 'cutoffHour' | 'effectiveTo' | 'feeVnd'> {
  type: 'draft-version';
  effectiveTo?: string | null;
  cutoffHour?: number | null;
  feeVnd?: number | null;
}

/** POST /api/procedures/:code/versions/:version/approve (office chief). */
export interface ApproveProcedureVersion extends CommandBase {
  type: 'approve-version';
  version: number;
  decisionRef: string;
}

/** POST /api/procedures/internal (ISO secretary): an internal process of the office (quy trình nội bộ). */
export interface RegisterInternalProcess extends CommandBase {
  type: 'register-internal';
  name: string;
}

/** POST /api/procedures/internal/:code/versions (ISO secretary); approved like any version. */
export interface DraftInternalProcessVersion extends CommandBase, InternalVersionSpecInput {
  type: 'draft-internal-version';
}

export type ProcedureCommand = RegisterProcedure | DraftProcedureVersion | ApproveProcedureVersion | RegisterInternalProcess | DraftInternalProcessVersion;
