import { localDateOf, yearOf, type LocalDate } from '../calendar';
import type { Organisation } from '../organisation';
import { notFound, oneOf, optionalText, requireLocalDate, requireText, ruleViolation, textList, wrongState } from '../shared';
import type { ApproveAuditPlan, CloseInternalAudit, ConductInternalAudit, InternalAuditCommand, PlanInternalAudit, ReportInternalAudit } from './internal-audit.commands';
import { CHECKLIST_RESULTS, FINDING_KINDS, type AuditFinding, type ChecklistItem, type InternalAuditEvent } from './internal-audit.events';
import type { InternalAuditState, KnownInternalAudit } from './internal-audit.state';
import { INTERNAL_AUDIT_STATUS_LABELS } from './quality.labels';
import { requireCatalogued, requireList, requireUsers, type Catalogue } from './quality.references';
import { requireIsoSecretary, requireOfficeChief } from './quality.roles';

/** The auditors (the organisation) and the procedures audited (the catalogue). */
export interface InternalAuditContext {
  organisation: Organisation;
  procedures: Catalogue;
}

type Status = KnownInternalAudit['status'];

function known(state: InternalAuditState): KnownInternalAudit {
  if (state.status === 'none') throw notFound('Không tìm thấy cuộc đánh giá nội bộ', 'id');
  return state;
}

function requireStatus(audit: KnownInternalAudit, status: Status, what: string): void {
  if (audit.status !== status) throw wrongState(`Không thể ${what} khi cuộc đánh giá ${INTERNAL_AUDIT_STATUS_LABELS[audit.status]}`);
}

/** A day of the audit's own year, not after today: an audit is recorded once held. */
function auditDay(value: unknown, year: number, now: string): LocalDate {
  const day = requireLocalDate(value, 'conductedOn');
  if (yearOf(day) !== year) throw ruleViolation('AUDIT_OUTSIDE_YEAR', `Cuộc đánh giá thuộc chương trình năm ${year}`, 'conductedOn');
  if (day > localDateOf(now)) throw ruleViolation('DATE_IN_FUTURE', 'Ngày đánh giá không được sau hôm nay', 'conductedOn');
  return day;
}

function plan(command: PlanInternalAudit, state: InternalAuditState, { organisation, procedures }: InternalAuditContext): InternalAuditEvent[] {
  if (state.status !== 'none') throw wrongState('Cuộc đánh giá nội bộ này đã được lập kế hoạch', 'ALREADY_PLANNED');
  requireIsoSecretary(command.actor, 'lập kế hoạch đánh giá nội bộ');
  const plannedOn = requireLocalDate(command.plannedOn, 'plannedOn');
  if (yearOf(plannedOn) !== command.year) throw ruleViolation('AUDIT_OUTSIDE_YEAR', `Ngày dự kiến phải thuộc năm ${command.year} của chương trình`, 'plannedOn');
  const procedureCodes = textList(command.procedureCodes, 'procedureCodes', 'SCOPE_REQUIRED', 'Cần ghi ít nhất một quy trình (thủ tục) được đánh giá');
  requireCatalogued(procedureCodes, procedures, 'procedureCodes');
  const auditorIds = textList(command.auditorIds, 'auditorIds', 'AUDITORS_REQUIRED', 'Cần ghi ít nhất một chuyên gia đánh giá');
  requireUsers(auditorIds, organisation, 'auditorIds');
  const title = requireText(command.title, 'title', 'REQUIRED', 'Cần ghi tên cuộc đánh giá');
  return [{ type: 'InternalAuditPlanned', data: { year: command.year, title, plannedOn, procedureCodes, auditorIds, by: command.actor.userId, at: command.now } }];
}

function approve(command: ApproveAuditPlan, state: InternalAuditState): InternalAuditEvent[] {
  const audit = known(state);
  requireOfficeChief(command.actor, 'phê duyệt kế hoạch đánh giá nội bộ');
  requireStatus(audit, 'planned', 'phê duyệt kế hoạch');
  const decisionRef = requireText(command.decisionRef, 'decisionRef', 'REQUIRED', 'Cần ghi số, ký hiệu quyết định phê duyệt kế hoạch');
  return [{ type: 'InternalAuditPlanApproved', data: { decisionRef, by: command.actor.userId, at: command.now } }];
}

function checklistItem(input: unknown, i: number, procedures: Catalogue): ChecklistItem {
  const item = (input ?? {}) as Partial<ChecklistItem>;
  const at = `checklist[${i}]`;
  const procedureCode = optionalText(item.procedureCode);
  if (procedureCode !== null) requireCatalogued([procedureCode], procedures, `${at}.procedureCode`, true);
  return {
    question: requireText(item.question, `${at}.question`, 'REQUIRED', 'Cần ghi nội dung câu hỏi đánh giá'),
    procedureCode,
    result: oneOf(item.result, CHECKLIST_RESULTS, `${at}.result`, 'Kết quả phải là conform, nonconform hoặc observation'),
    evidence: requireText(item.evidence, `${at}.evidence`, 'REQUIRED', 'Cần ghi bằng chứng đánh giá'),
  };
}

/** Only an approved plan is carried out (the head approves the programme before it runs). */
function conduct(command: ConductInternalAudit, state: InternalAuditState, { procedures }: InternalAuditContext): InternalAuditEvent[] {
  const audit = known(state);
  requireIsoSecretary(command.actor, 'ghi nhận kết quả đánh giá nội bộ');
  requireStatus(audit, 'approved', 'ghi nhận kết quả đánh giá');
  const conductedOn = auditDay(command.conductedOn, audit.year, command.now);
  const checklist = requireList(command.checklist, 'checklist', 'CHECKLIST_REQUIRED', 'Cần ít nhất một câu hỏi của phiếu đánh giá').map((item, i) => checklistItem(item, i, procedures));
  return [{ type: 'InternalAuditConducted', data: { conductedOn, checklist, by: command.actor.userId, at: command.now } }];
}

function finding(input: unknown, i: number): AuditFinding {
  const item = (input ?? {}) as Partial<AuditFinding>;
  const at = `findings[${i}]`;
  return {
    kind: oneOf(item.kind, FINDING_KINDS, `${at}.kind`, 'Loại phát hiện phải là nonconformity, observation hoặc opportunity'),
    clause: optionalText(item.clause),
    description: requireText(item.description, `${at}.description`, 'REQUIRED', 'Cần mô tả phát hiện'),
  };
}

/** A report may find nothing wrong (no findings), but a checklist answer `nonconform` must be reported as a nonconformity. */
function report(command: ReportInternalAudit, state: InternalAuditState): InternalAuditEvent[] {
  const audit = known(state);
  requireIsoSecretary(command.actor, 'lập báo cáo đánh giá nội bộ');
  requireStatus(audit, 'conducted', 'lập báo cáo');
  if (!Array.isArray(command.findings)) throw ruleViolation('INVALID_VALUE', 'Các phát hiện phải là một danh sách', 'findings');
  const findings = command.findings.map(finding);
  if (audit.checklist.some((item) => item.result === 'nonconform') && !findings.some((f) => f.kind === 'nonconformity')) {
    throw ruleViolation('FINDINGS_INCOMPLETE', 'Phiếu đánh giá có điểm không phù hợp nhưng báo cáo không nêu phát hiện không phù hợp nào', 'findings');
  }
  const summary = requireText(command.summary, 'summary', 'REQUIRED', 'Cần ghi kết luận của cuộc đánh giá');
  return [{ type: 'InternalAuditReported', data: { summary, findings, by: command.actor.userId, at: command.now } }];
}

function close(command: CloseInternalAudit, state: InternalAuditState): InternalAuditEvent[] {
  const audit = known(state);
  requireIsoSecretary(command.actor, 'kết thúc cuộc đánh giá nội bộ');
  requireStatus(audit, 'reported', 'kết thúc cuộc đánh giá');
  return [{ type: 'InternalAuditClosed', data: { note: optionalText(command.note), by: command.actor.userId, at: command.now } }];
}

/** The decider of an internal audit (stream `internalAuditStreamName(id)`). */
export function decideInternalAudit(command: InternalAuditCommand, state: InternalAuditState, context: InternalAuditContext): InternalAuditEvent[] {
  switch (command.type) {
    case 'plan':
      return plan(command, state, context);
    case 'approve':
      return approve(command, state);
    case 'conduct':
      return conduct(command, state, context);
    case 'report':
      return report(command, state);
    case 'close':
      return close(command, state);
  }
}
