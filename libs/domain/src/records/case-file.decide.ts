import { localDateOf, type LocalDate } from '../calendar';
import { oneOf, optionalText, positiveInteger, requireInstant, requireLocalDate, requireText, ruleViolation, wrongState, type Actor } from '../shared';
import { depositDueOf, isDepositPeriod, latestDeferralOf } from './case-file.clock';
import type { CaseFileCommand, CloseCaseFile, DeferDeposit, DepositCaseFile, FileItem, OpenCaseFile } from './case-file.commands';
import type { CaseFileEvent, CaseFileOpened } from './case-file.events';
import { depositDueNow, type CaseFileState } from './case-file.state';
import { guardCaseFileStep } from './case-file.turns';
import type { DepositBatchState } from './deposit-batch.state';
import { requireFileCode } from './file-plan.decide';
import { planEntryOf, type FilePlanState } from './file-plan.state';
import { isMemberOf, isRecordsKeeper, requireDepartment, requireResponsible } from './records.people';
import type { RecordsContext } from './records.context';
import { FILED_ITEM_KINDS, RECORD_MEDIA, type ItemIndexLine } from './records.types';
import { retentionForCategory } from './retention';

/** The case file decider's context: the plan of the file's year when opening, the batch when depositing (each read exactly from its stream). */
export interface CaseFileContext extends RecordsContext {
  plan?: FilePlanState;
  batch?: DepositBatchState;
}

const stampOf = (command: { actor: Actor; now: string }) => ({ by: command.actor.userId, at: command.now });

type Opening = Pick<CaseFileOpened['data'], 'code' | 'title' | 'departmentId' | 'responsibleId' | 'category' | 'retention' | 'planEntryCode' | 'adHocReason'>;

/** From the approved plan (FILE_PLAN_NOT_APPROVED before approval; ND30 Art. 29.2). */
function fromPlan(code: string, plan: FilePlanState | undefined, year: number): Opening {
  if (!plan || plan.status === 'none' || plan.year !== year) throw ruleViolation('FILE_PLAN_NOT_FOUND', `Chưa có Danh mục hồ sơ năm ${year}`, 'planEntryCode');
  if (plan.status !== 'approved') throw ruleViolation('FILE_PLAN_NOT_APPROVED', `Danh mục hồ sơ năm ${year} chưa được phê duyệt: mở hồ sơ ngoài danh mục (nêu lý do) hoặc chờ phê duyệt`, 'planEntryCode');
  const entry = planEntryOf(plan, code);
  if (!entry) throw ruleViolation('UNKNOWN_PLAN_ENTRY', `Danh mục hồ sơ năm ${year} không có hồ sơ số ${code}`, 'planEntryCode');
  return { ...entry, planEntryCode: entry.code, adHocReason: null };
}

/** Ad hoc (ngoài danh mục): a reason, a code, a title, a department, a category and a retention not below the table. */
function adHoc(command: OpenCaseFile, { organisation, schedule }: CaseFileContext): Opening {
  const input = command.adHoc;
  if (!input) throw ruleViolation('PLAN_ENTRY_OR_AD_HOC', 'Mở hồ sơ theo một hồ sơ của Danh mục, hoặc ngoài danh mục có nêu lý do', 'planEntryCode');
  const departmentId = requireDepartment(input.departmentId, organisation, 'adHoc.departmentId');
  return {
    code: requireFileCode(input.code, 'adHoc.code'),
    title: requireText(input.title, 'adHoc.title', 'TITLE_REQUIRED', 'Cần ghi tiêu đề hồ sơ'),
    departmentId,
    responsibleId: requireResponsible(command.responsibleId ?? command.actor.userId, departmentId, organisation, 'responsibleId'),
    category: input.category,
    retention: retentionForCategory(schedule, input.category, input.retention, 'adHoc.category', 'adHoc.retention'),
    planEntryCode: null,
    adHocReason: requireText(input.reason, 'adHoc.reason', 'AD_HOC_REASON_REQUIRED', 'Hồ sơ ngoài Danh mục phải nêu lý do'),
  };
}

function open(command: OpenCaseFile, state: CaseFileState, context: CaseFileContext): CaseFileEvent[] {
  guardCaseFileStep('open', state, command.actor, context.organisation);
  const planEntryCode = optionalText(command.planEntryCode);
  const year = command.year;
  if (typeof year !== 'number' || !Number.isInteger(year)) throw ruleViolation('INVALID_YEAR', 'Năm của hồ sơ không hợp lệ', 'year');
  const opening = planEntryCode !== null ? fromPlan(planEntryCode, context.plan, year) : adHoc(command, context);
  if (!isRecordsKeeper(command.actor, context.organisation) && !isMemberOf(command.actor, opening.departmentId)) {
    throw ruleViolation('NOT_OF_FILE_DEPARTMENT', 'Chỉ mở hồ sơ của đơn vị mình (văn thư mở được hồ sơ của mọi đơn vị)', 'departmentId');
  }
  const medium = oneOf(command.medium, RECORD_MEDIA, 'medium', 'Hồ sơ là hồ sơ giấy hoặc hồ sơ điện tử');
  const startDate = requireLocalDate(command.startDate, 'startDate');
  if (startDate > localDateOf(command.now)) throw ruleViolation('START_DATE_IN_FUTURE', 'Ngày bắt đầu hồ sơ không được sau hôm nay', 'startDate');
  const caseFileId = requireText(command.caseFileId, 'caseFileId', 'REQUIRED', 'Thiếu mã hồ sơ');
  return [{ type: 'CaseFileOpened', data: { caseFileId, year, ...opening, medium, startDate, ...stampOf(command) } }];
}

/** Đưa vào hồ sơ: the same item once per file (ITEM_ALREADY_FILED); a closed file refuses (CASE_FILE_CLOSED, from the turns). */
function file(command: FileItem, state: CaseFileState, { organisation }: CaseFileContext): CaseFileEvent[] {
  const caseFile = guardCaseFileStep('file', state, command.actor, organisation);
  const kind = oneOf(command.kind, FILED_ITEM_KINDS, 'kind', 'Chỉ đưa vào hồ sơ văn bản, hồ sơ TTHC hoặc nhiệm vụ');
  const itemId = requireText(command.itemId, 'itemId', 'REQUIRED', 'Thiếu mã văn bản');
  if (caseFile.items.some((i) => i.kind === kind && i.itemId === itemId)) throw ruleViolation('ITEM_ALREADY_FILED', 'Văn bản này đã có trong hồ sơ', 'itemId');
  const title = requireText(command.title, 'title', 'TITLE_REQUIRED', 'Cần ghi trích yếu văn bản');
  return [{ type: 'CaseFileItemFiled', data: { kind, itemId, title, ...stampOf(command) } }];
}

/** Mục lục văn bản trong hồ sơ: the items in filing order, numbered from 1 (the product computes it, nobody types it). */
export function itemIndexOf(items: readonly { kind: ItemIndexLine['kind']; itemId: string; title: string; at: string }[]): ItemIndexLine[] {
  return items.map((item, i) => ({ no: i + 1, kind: item.kind, itemId: item.itemId, title: item.title, filedOn: localDateOf(item.at) }));
}

/** Kết thúc hồ sơ: not empty, an end date between the start and today, a sheet count for paper files (CLOSE_REQUIRES_SHEET_COUNT). */
function close(command: CloseCaseFile, state: CaseFileState, { organisation }: CaseFileContext): CaseFileEvent[] {
  const caseFile = guardCaseFileStep('close', state, command.actor, organisation);
  if (caseFile.items.length === 0) throw ruleViolation('CASE_FILE_EMPTY', 'Hồ sơ chưa có văn bản nào: không kết thúc hồ sơ rỗng');
  const endDate: LocalDate = requireLocalDate(command.endDate, 'endDate');
  if (endDate < caseFile.startDate) throw ruleViolation('END_BEFORE_START', 'Ngày kết thúc không được trước ngày bắt đầu hồ sơ', 'endDate');
  if (endDate > localDateOf(command.now)) throw ruleViolation('END_DATE_IN_FUTURE', 'Ngày kết thúc không được sau hôm nay', 'endDate');
  const paper = caseFile.medium === 'paper';
  if (paper && command.sheetCount == null) throw ruleViolation('CLOSE_REQUIRES_SHEET_COUNT', 'Hồ sơ giấy phải ghi số tờ khi kết thúc', 'sheetCount');
  const sheetCount = command.sheetCount == null ? null : positiveInteger(command.sheetCount, 'sheetCount', 'INVALID_SHEET_COUNT', 'Số tờ là số nguyên dương');
  const depositDue = depositDueOf(caseFile.medium, endDate);
  return [{ type: 'CaseFileClosed', data: { endDate, sheetCount, itemIndex: itemIndexOf(caseFile.items), depositDue, ...stampOf(command) } }];
}

/** Giữ lại: the office chief keeps a closed file past its due date, with a reason, at most 2 years (DEFERRAL_TOO_LONG). */
function defer(command: DeferDeposit, state: CaseFileState, { organisation }: CaseFileContext): CaseFileEvent[] {
  const caseFile = guardCaseFileStep('defer', state, command.actor, organisation);
  const until = requireLocalDate(command.until, 'until');
  const due = depositDueNow(caseFile)!;
  if (until <= due) throw ruleViolation('DEFERRAL_NOT_LATER', `Ngày giữ lại đến phải sau hạn nộp lưu hiện tại (${due})`, 'until');
  const latest = latestDeferralOf(caseFile.closing.depositDue);
  if (until > latest) throw ruleViolation('DEFERRAL_TOO_LONG', `Chỉ được giữ lại tối đa 2 năm kể từ hạn nộp lưu, tức đến ${latest}`, 'until');
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Giữ lại hồ sơ phải nêu lý do');
  return [{ type: 'CaseFileDepositDeferred', data: { until, reason, ...stampOf(command) } }];
}

/** Nộp lưu: a closed file (DEPOSIT_REQUIRES_CLOSED_FILE) into an open June / December batch. */
function deposit(command: DepositCaseFile, state: CaseFileState, { organisation, batch }: CaseFileContext): CaseFileEvent[] {
  guardCaseFileStep('deposit', state, command.actor, organisation);
  if (!isDepositPeriod(command.period)) throw ruleViolation('INVALID_DEPOSIT_PERIOD', 'Đợt nộp lưu là tháng 6 hoặc tháng 12 của một năm (ví dụ 2026-12)', 'period');
  if (!batch || batch.status !== 'open' || batch.period !== command.period) {
    throw wrongState(`Đợt nộp lưu ${command.period} chưa mở hoặc đã giao nhận xong`, 'DEPOSIT_BATCH_NOT_OPEN');
  }
  return [{ type: 'CaseFileDeposited', data: { period: command.period, ...stampOf(command) } }];
}

/**
 * The decider of a case file (DOMAIN.md §9): the events a command causes in the given state, or a
 * `DomainError`. Pure: time, actor and ids come with the command; who is who, the retention table,
 * the plan and the batch with the context.
 */
export function decideCaseFile(command: CaseFileCommand, state: CaseFileState, context: CaseFileContext): CaseFileEvent[] {
  requireInstant(command.now, 'now');
  switch (command.type) {
    case 'open':
      return open(command, state, context);
    case 'file':
      return file(command, state, context);
    case 'close':
      return close(command, state, context);
    case 'defer':
      return defer(command, state, context);
    case 'deposit':
      return deposit(command, state, context);
  }
}
