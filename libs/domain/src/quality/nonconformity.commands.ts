import type { LocalDate } from '../calendar';
import type { Actor } from '../shared';
import type { NonconformitySeverity, NonconformitySource } from './nonconformity.events';

interface CommandBase {
  nonconformityId: string;
  actor: Actor;
  now: string;
}

/** POST /api/quality/nonconformities (ISO secretary). */
export interface RaiseNonconformity extends CommandBase {
  type: 'raise';
  source: NonconformitySource;
  sourceRef: string;
  clause?: string | null;
  description: string;
  severity: NonconformitySeverity;
  procedureCode?: string | null;
}

/** POST …/:id/correct, /root-cause (ISO secretary). */
export interface CorrectNonconformity extends CommandBase {
  type: 'correct';
  correction: string;
}

export interface AnalyseRootCause extends CommandBase {
  type: 'analyse';
  rootCause: string;
}

/** POST …/:id/action (ISO secretary): owner and due date are required (NC_ACTION_OWNER_REQUIRED). */
export interface PlanCorrectiveAction extends CommandBase {
  type: 'plan-action';
  action: string;
  ownerId?: string | null;
  dueOn?: LocalDate | null;
}

/** POST …/:id/implement (the action's owner or the ISO secretary). */
export interface ImplementCorrectiveAction extends CommandBase {
  type: 'implement';
  note: string;
}

/** POST …/:id/verify (the ISO secretary or the office chief, not the action's owner). */
export interface VerifyCorrectiveAction extends CommandBase {
  type: 'verify';
  effective: boolean;
  note: string;
}

/** POST …/:id/close (ISO secretary): only after an effective verification (NC_CLOSE_WITHOUT_VERIFICATION). */
export interface CloseNonconformity extends CommandBase {
  type: 'close';
  note?: string | null;
}

export type NonconformityCommand =
  | RaiseNonconformity
  | CorrectNonconformity
  | AnalyseRootCause
  | PlanCorrectiveAction
  | ImplementCorrectiveAction
  | VerifyCorrectiveAction
  | CloseNonconformity;
