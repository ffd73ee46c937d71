import type { LocalDate } from '../calendar';
import type { AuditFinding, ChecklistItem, InternalAuditEvent, InternalAuditPlanned } from './internal-audit.events';

type Planned = Omit<InternalAuditPlanned['data'], 'by' | 'at'> & {
  plannedAt: string;
  approval: { decisionRef: string; by: string; at: string } | null;
  conductedOn: LocalDate | null;
  checklist: ChecklistItem[];
  report: { summary: string; findings: AuditFinding[]; by: string; at: string } | null;
  closing: { note: string | null; by: string; at: string } | null;
};

/** An internal audit (stream `internal-audit-<id>`): planned → approved → conducted → reported → closed. */
export type InternalAuditState = { status: 'none' } | (Planned & { status: 'planned' | 'approved' | 'conducted' | 'reported' | 'closed' });

export type KnownInternalAudit = Exclude<InternalAuditState, { status: 'none' }>;

export const initialInternalAuditState: InternalAuditState = { status: 'none' };

export function evolveInternalAudit(state: InternalAuditState, event: InternalAuditEvent): InternalAuditState {
  if (event.type === 'InternalAuditPlanned') {
    const { by: _by, at, ...plan } = event.data;
    return { status: 'planned', ...plan, plannedAt: at, approval: null, conductedOn: null, checklist: [], report: null, closing: null };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'InternalAuditPlanApproved':
      return { ...state, status: 'approved', approval: { ...event.data } };
    case 'InternalAuditConducted':
      return { ...state, status: 'conducted', conductedOn: event.data.conductedOn, checklist: event.data.checklist };
    case 'InternalAuditReported':
      return { ...state, status: 'reported', report: { ...event.data } };
    case 'InternalAuditClosed':
      return { ...state, status: 'closed', closing: { ...event.data } };
    default:
      return state;
  }
}
