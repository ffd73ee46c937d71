import type { Actor } from '../shared';

/** An entry as requested: the period is checked against the retention table (RETENTION_BELOW_TABLE). */
export interface PlanEntryInput {
  code: string;
  title: string;
  departmentId: string;
  responsibleId: string;
  category: string;
  retention: unknown;
}

interface CommandBase {
  year: number;
  actor: Actor;
  now: string;
}

/** Commands on stream `file-plan-<year>` (`POST /api/records/plans/:year/<type>`; `draft` is `POST /api/records/plans`). */
export interface DraftFilePlan extends CommandBase { type: 'draft'; entries: PlanEntryInput[] }
export interface AddFilePlanEntry extends CommandBase { type: 'add-entry'; entry: PlanEntryInput; reason?: string | null }
export interface ApproveFilePlan extends CommandBase { type: 'approve'; decisionRef: string }

export type FilePlanCommand = DraftFilePlan | AddFilePlanEntry | ApproveFilePlan;
