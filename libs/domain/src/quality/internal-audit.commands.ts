import type { LocalDate } from '../calendar';
import type { Actor } from '../shared';
import type { AuditFinding, ChecklistItem } from './internal-audit.events';

interface CommandBase {
  auditId: string;
  actor: Actor;
  now: string;
}

/** POST /api/quality/audits (ISO secretary). */
export interface PlanInternalAudit extends CommandBase {
  type: 'plan';
  year: number;
  title: string;
  plannedOn: LocalDate;
  procedureCodes: string[];
  auditorIds: string[];
}

/** POST …/:id/approve (office chief). */
export interface ApproveAuditPlan extends CommandBase {
  type: 'approve';
  decisionRef: string;
}

/** POST …/:id/conduct (ISO secretary): the day and the checklist as answered. */
export interface ConductInternalAudit extends CommandBase {
  type: 'conduct';
  conductedOn: LocalDate;
  checklist: Array<Omit<ChecklistItem, 'procedureCode'> & { procedureCode?: string | null }>;
}

/** POST …/:id/report (ISO secretary). */
export interface ReportInternalAudit extends CommandBase {
  type: 'report';
  summary: string;
  findings: Array<Omit<AuditFinding, 'clause'> & { clause?: string | null }>;
}

/** POST …/:id/close (ISO secretary). */
export interface CloseInternalAudit extends CommandBase {
  type: 'close';
  note?: string | null;
}

export type InternalAuditCommand = PlanInternalAudit | ApproveAuditPlan | ConductInternalAudit | ReportInternalAudit | CloseInternalAudit;
