import type { LocalDate } from '../calendar';
import type { Stamp } from './quality.stamp';

/*
 * The events of stream `internal-audit-<id>` (đánh giá nội bộ, at least one a calendar year: QĐ
 * 19/2014 Art. 4.4.b): a public contract; type strings are fixed forever.
 */

export const CHECKLIST_RESULTS = ['conform', 'nonconform', 'observation'] as const;
export type ChecklistResult = (typeof CHECKLIST_RESULTS)[number];

/** Một câu hỏi của phiếu đánh giá (checklist) and what the auditors found. */
export type ChecklistItem = { question: string; procedureCode: string | null; result: ChecklistResult; evidence: string };

export const FINDING_KINDS = ['nonconformity', 'observation', 'opportunity'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Phát hiện: a nonconformity is then raised on its own stream, with the audit as its source. */
export type AuditFinding = { kind: FindingKind; clause: string | null; description: string };

/** Chương trình, kế hoạch đánh giá: the audit of the year's programme with its scope and team. */
export type InternalAuditPlanned = {
  type: 'InternalAuditPlanned';
  data: Stamp & { year: number; title: string; plannedOn: LocalDate; procedureCodes: string[]; auditorIds: string[] };
};

export type InternalAuditPlanApproved = { type: 'InternalAuditPlanApproved'; data: Stamp & { decisionRef: string } };

export type InternalAuditConducted = { type: 'InternalAuditConducted'; data: Stamp & { conductedOn: LocalDate; checklist: ChecklistItem[] } };

export type InternalAuditReported = { type: 'InternalAuditReported'; data: Stamp & { summary: string; findings: AuditFinding[] } };

export type InternalAuditClosed = { type: 'InternalAuditClosed'; data: Stamp & { note: string | null } };

export type InternalAuditEvent = InternalAuditPlanned | InternalAuditPlanApproved | InternalAuditConducted | InternalAuditReported | InternalAuditClosed;
export const INTERNAL_AUDIT_EVENT_TYPES = [
  'InternalAuditPlanned', 'InternalAuditPlanApproved', 'InternalAuditConducted', 'InternalAuditReported', 'InternalAuditClosed',
] as const satisfies readonly InternalAuditEvent['type'][];

export function internalAuditStreamName(id: string): string {
  return `internal-audit-${id}`;
}
