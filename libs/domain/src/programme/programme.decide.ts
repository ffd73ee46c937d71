import { localDateOf, type LocalDate } from '../calendar';
import { COMMITTEE_LEADER_ROLES, hasRole, type Organisation } from '../organisation';
import { oneOf, optionalText, requireInstant, requireLocalDate, requireText, ruleViolation, wrongState, type Actor } from '../shared';
import type {
  AcceptProgrammeSlip, ApproveProgramme, EndorseProgrammeDraft, PresentProgrammeItem, ProgrammeCommand, ProposeProgrammeItem, RescheduleProgrammeItem,
  ReturnProgrammeDraft, ReturnProgrammeSlip, SubmitItemPapers, SubmitProgrammeDraft, WithdrawProgrammeItem,
} from './programme.commands';
import type { ProgrammeContext } from './programme.context';
import type { ProgrammeEvent } from './programme.events';
import { draftDueDate, dueDays, itemDueDate, periodDays, requirePeriod } from './programme.period';
import type { ProgrammeState } from './programme.state';
import { guardProgrammeStep } from './programme.turns';
import { PAPER_KINDS, type PresentingAgency } from './programme.types';

const stampOf = (command: { actor: Actor; now: string }) => ({ by: command.actor.userId, at: command.now });

/** A day that has happened (not after the command's day, Asia/Ho_Chi_Minh). */
function pastDay(value: unknown, now: string, field: string, rule: string, message: string): LocalDate {
  const day = requireLocalDate(value, field);
  if (day > localDateOf(now)) throw ruleViolation(rule, message, field);
  return day;
}

/** Cơ quan trình: one of the Office's departments, or an agency named (exactly one of the two). */
function presentingAgencyOf(command: ProposeProgrammeItem, organisation: Organisation): PresentingAgency {
  const agency = optionalText(command.agency);
  const departmentId = optionalText(command.departmentId);
  if ((agency === null) === (departmentId === null)) throw ruleViolation('ONE_PRESENTING_AGENCY', 'Ghi đúng một cơ quan trình: một phòng của Văn phòng hoặc một cơ quan, đơn vị', 'agency');
  if (departmentId === null) return { departmentId: null, name: agency! };
  const department = organisation.departments.find((candidate) => candidate.id === departmentId);
  if (!department) throw ruleViolation('UNKNOWN_DEPARTMENT', 'Không có phòng này trong Văn phòng', 'departmentId');
  return { departmentId: department.id, name: department.name };
}

/** Lãnh đạo phụ trách: the chairman or a vice-chairman of the Committee. */
function committeeLeaderOf(userId: unknown, organisation: Organisation): string {
  const user = organisation.users.find((candidate) => candidate.id === userId);
  if (!user || !hasRole(user, ...COMMITTEE_LEADER_ROLES)) throw ruleViolation('NOT_A_COMMITTEE_LEADER', 'Lãnh đạo phụ trách phải là Chủ tịch hoặc một Phó Chủ tịch UBND tỉnh', 'leaderId');
  return user.id;
}

/** An item's due month or week, inside the programme's period (ITEM_DUE_OUTSIDE_PERIOD), and its due date. */
function dueWithin(due: unknown, period: string, context: ProgrammeContext): { due: string; dueDate: LocalDate } {
  const days = dueDays(due);
  if (!days) throw ruleViolation('INVALID_DUE', 'Hạn trình phải là một tháng (2026-03) hoặc một tuần (2026-W11)', 'due');
  const bounds = periodDays(period);
  const dueDate = itemDueDate(due as string, context.calendar);
  if (dueDate < bounds.from || dueDate > bounds.to) throw ruleViolation('ITEM_DUE_OUTSIDE_PERIOD', `Hạn trình phải thuộc kỳ của chương trình (${period})`, 'due');
  return { due: due as string, dueDate };
}

/** Phiếu đề xuất: the first one opens the programme of its period. */
function propose(command: ProposeProgrammeItem, state: ProgrammeState, context: ProgrammeContext): ProgrammeEvent[] {
  guardProgrammeStep('propose', state, command.actor, context.organisation);
  const itemId = requireText(command.itemId, 'itemId', 'REQUIRED', 'Thiếu mã nội dung');
  if (state.status !== 'none' && state.items.some((item) => item.itemId === itemId)) throw wrongState('Nội dung này đã có trong chương trình', 'ITEM_EXISTS');
  requirePeriod(command.period);
  const title = requireText(command.title, 'title', 'TITLE_REQUIRED', 'Cần ghi tên nội dung đề xuất');
  const agency = presentingAgencyOf(command, context.organisation);
  const leaderId = committeeLeaderOf(command.leaderId, context.organisation);
  const paperKind = oneOf(command.paperKind, PAPER_KINDS, 'paperKind', 'Hình thức văn bản phải là tờ trình, đề án, báo cáo, kế hoạch, dự thảo quyết định hoặc văn bản khác');
  const { due, dueDate } = dueWithin(command.due, command.period, context);
  return [{
    type: 'ProgrammeItemProposed',
    data: { period: command.period, itemId, title, agency, leaderId, due, dueDate, paperKind, note: optionalText(command.note), ...stampOf(command) },
  }];
}

function accept(command: AcceptProgrammeSlip, state: ProgrammeState, { organisation }: ProgrammeContext): ProgrammeEvent[] {
  guardProgrammeStep('accept', state, command.actor, organisation, command.itemId);
  return [{ type: 'ProgrammeSlipAccepted', data: { itemId: command.itemId, ...stampOf(command) } }];
}

function returnSlip(command: ReturnProgrammeSlip, state: ProgrammeState, { organisation }: ProgrammeContext): ProgrammeEvent[] {
  guardProgrammeStep('return-slip', state, command.actor, organisation, command.itemId);
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Trả lại phiếu đề xuất phải nêu lý do');
  return [{ type: 'ProgrammeSlipReturned', data: { itemId: command.itemId, reason, ...stampOf(command) } }];
}

/** The draft to the office chief, recorded late when submitted after its due day (QC 8.1: the head of General Affairs answers for it). */
function submitDraft(command: SubmitProgrammeDraft, state: ProgrammeState, { organisation }: ProgrammeContext): ProgrammeEvent[] {
  guardProgrammeStep('submit-draft', state, command.actor, organisation);
  if (state.status === 'none') return [];
  const dueDate = draftDueDate(state.period);
  const itemIds = state.items.filter((item) => item.status === 'accepted').map((item) => item.itemId);
  return [{ type: 'ProgrammeDraftSubmitted', data: { itemIds, draftDueDate: dueDate, late: localDateOf(command.now) > dueDate, note: optionalText(command.note), ...stampOf(command) } }];
}

function endorse(command: EndorseProgrammeDraft, state: ProgrammeState, { organisation }: ProgrammeContext): ProgrammeEvent[] {
  guardProgrammeStep('endorse', state, command.actor, organisation);
  return [{ type: 'ProgrammeDraftEndorsed', data: { note: optionalText(command.note), ...stampOf(command) } }];
}

function returnDraft(command: ReturnProgrammeDraft, state: ProgrammeState, { organisation }: ProgrammeContext): ProgrammeEvent[] {
  guardProgrammeStep('return-draft', state, command.actor, organisation);
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Trả lại dự thảo phải nêu lý do');
  return [{ type: 'ProgrammeDraftReturned', data: { stage: state.status === 'awaiting_approval' ? 'approval' : 'review', reason, ...stampOf(command) } }];
}

function approve(command: ApproveProgramme, state: ProgrammeState, { organisation }: ProgrammeContext): ProgrammeEvent[] {
  guardProgrammeStep('approve', state, command.actor, organisation);
  return [{ type: 'ProgrammeApproved', data: { note: optionalText(command.note), ...stampOf(command) } }];
}

function papers(command: SubmitItemPapers, state: ProgrammeState, { organisation }: ProgrammeContext): ProgrammeEvent[] {
  guardProgrammeStep('papers', state, command.actor, organisation, command.itemId);
  const submittedOn = pastDay(command.submittedOn, command.now, 'submittedOn', 'PAPERS_DATE_IN_FUTURE', 'Ngày nhận hồ sơ trình không được sau hôm nay');
  const symbol = requireText(command.symbol, 'symbol', 'PAPERS_SYMBOL_REQUIRED', 'Cần ghi số, ký hiệu văn bản trình');
  return [{ type: 'ProgrammeItemPapersSubmitted', data: { itemId: command.itemId, submittedOn, symbol, documentId: optionalText(command.documentId), ...stampOf(command) } }];
}

function withdraw(command: WithdrawProgrammeItem, state: ProgrammeState, { organisation }: ProgrammeContext): ProgrammeEvent[] {
  guardProgrammeStep('withdraw', state, command.actor, organisation, command.itemId);
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Rút nội dung khỏi chương trình phải nêu lý do');
  return [{ type: 'ProgrammeItemWithdrawn', data: { itemId: command.itemId, reason, requestSymbol: optionalText(command.requestSymbol), ...stampOf(command) } }];
}

/**
 * Điều chỉnh thời gian trình: only on the agency's written request, its số, ký hiệu and date
 * (QC 9.1: ITEM_DATE_CHANGE_NEEDS_REQUEST), to another month or week, possibly of another period.
 */
function reschedule(command: RescheduleProgrammeItem, state: ProgrammeState, context: ProgrammeContext): ProgrammeEvent[] {
  const { item } = guardProgrammeStep('reschedule', state, command.actor, context.organisation, command.itemId);
  const requestSymbol = optionalText(command.requestSymbol);
  if (requestSymbol === null || command.requestDate == null) {
    throw ruleViolation('ITEM_DATE_CHANGE_NEEDS_REQUEST', 'Điều chỉnh thời gian trình phải căn cứ văn bản đề nghị của cơ quan trình (số, ký hiệu và ngày)', requestSymbol === null ? 'requestSymbol' : 'requestDate');
  }
  const requestDate = pastDay(command.requestDate, command.now, 'requestDate', 'REQUEST_DATE_IN_FUTURE', 'Ngày của văn bản đề nghị không được sau hôm nay');
  if (!dueDays(command.due)) throw ruleViolation('INVALID_DUE', 'Hạn trình phải là một tháng (2026-03) hoặc một tuần (2026-W11)', 'due');
  const dueDate = itemDueDate(command.due, context.calendar);
  if (dueDate === item!.dueDate) throw ruleViolation('ITEM_DUE_UNCHANGED', 'Thời gian trình mới trùng thời gian hiện tại', 'due');
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Điều chỉnh thời gian trình phải nêu lý do');
  return [{
    type: 'ProgrammeItemRescheduled',
    data: { itemId: command.itemId, previousDue: item!.due, previousDueDate: item!.dueDate, due: command.due, dueDate, reason, requestSymbol, requestDate, ...stampOf(command) },
  }];
}

function present(command: PresentProgrammeItem, state: ProgrammeState, { organisation }: ProgrammeContext): ProgrammeEvent[] {
  const { item } = guardProgrammeStep('present', state, command.actor, organisation, command.itemId);
  const presentedOn = pastDay(command.presentedOn, command.now, 'presentedOn', 'PRESENTED_DATE_IN_FUTURE', 'Ngày trình không được sau hôm nay');
  if (presentedOn < item!.papers!.submittedOn) throw ruleViolation('PRESENTED_BEFORE_PAPERS', 'Ngày trình không được trước ngày nhận hồ sơ trình', 'presentedOn');
  const session = requireText(command.session, 'session', 'SESSION_REQUIRED', 'Cần ghi phiên họp đã trình');
  return [{ type: 'ProgrammeItemPresented', data: { itemId: command.itemId, presentedOn, session, ...stampOf(command) } }];
}

/**
 * The decider of a work programme (DOMAIN.md §12, QC Art. 8, 9.1): the events a command causes in
 * the given state, or a `DomainError`. Pure: time, actor and ids come with the command; who is who
 * and the working days with the context.
 */
export function decideProgramme(command: ProgrammeCommand, state: ProgrammeState, context: ProgrammeContext): ProgrammeEvent[] {
  requireInstant(command.now, 'now');
  switch (command.type) {
    case 'propose':
      return propose(command, state, context);
    case 'accept':
      return accept(command, state, context);
    case 'return-slip':
      return returnSlip(command, state, context);
    case 'submit-draft':
      return submitDraft(command, state, context);
    case 'endorse':
      return endorse(command, state, context);
    case 'return-draft':
      return returnDraft(command, state, context);
    case 'approve':
      return approve(command, state, context);
    case 'papers':
      return papers(command, state, context);
    case 'withdraw':
      return withdraw(command, state, context);
    case 'reschedule':
      return reschedule(command, state, context);
    case 'present':
      return present(command, state, context);
  }
}
