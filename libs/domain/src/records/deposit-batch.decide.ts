import { hasRole } from '../organisation';
import { forbidden, requireInstant, requireText, ruleViolation, wrongState, type Actor } from '../shared';
import { isDepositPeriod } from './case-file.clock';
import type { CaseFileState } from './case-file.state';
import type { ArchiveDepositEvent, DepositedFileLine } from './deposit-batch.events';
import { DEPOSIT_BATCH_STATUS_LABELS, type DepositBatchState } from './deposit-batch.state';

interface CommandBase {
  period: string;
  actor: Actor;
  now: string;
}
export interface OpenDepositBatch extends CommandBase { type: 'open' }
/** Giao nhận: the archive's receiver and the files' condition; the files are those deposited into the batch. */
export interface HandOverDepositBatch extends CommandBase { type: 'hand-over'; receiverName: string; condition: string }
export type DepositBatchCommand = OpenDepositBatch | HandOverDepositBatch;

/** The case files deposited into the batch, each as its own stream folds it (read exactly, not from a read model). */
export interface DepositBatchContext {
  depositedFiles: readonly CaseFileState[];
}

function lineOf(file: CaseFileState, period: string): DepositedFileLine | null {
  if (file.status !== 'deposited' || file.deposit.period !== period) return null;
  return {
    caseFileId: file.caseFileId, code: file.code, title: file.title, departmentId: file.departmentId, startDate: file.startDate, endDate: file.closing.endDate,
    retention: file.retention, medium: file.medium, sheetCount: file.closing.sheetCount, itemCount: file.closing.itemIndex.length,
  };
}

/** The decider of a deposit batch: the clerk opens the June / December batch and signs the hand-over of its files. */
export function decideDepositBatch(command: DepositBatchCommand, state: DepositBatchState, context: DepositBatchContext): ArchiveDepositEvent[] {
  requireInstant(command.now, 'now');
  if (!hasRole(command.actor, 'clerk')) throw forbidden('DEPOSIT_BY_CLERK', 'Chỉ văn thư mới được lập đợt nộp lưu');
  if (!isDepositPeriod(command.period)) throw ruleViolation('INVALID_DEPOSIT_PERIOD', 'Đợt nộp lưu là tháng 6 hoặc tháng 12 của một năm (ví dụ 2026-12)', 'period');
  const stamp = { by: command.actor.userId, at: command.now };
  const expected = command.type === 'open' ? 'none' : 'open';
  if (state.status !== expected) throw wrongState(`Đợt nộp lưu ${command.period} đang ở trạng thái "${DEPOSIT_BATCH_STATUS_LABELS[state.status]}"`);
  if (command.type === 'open') return [{ type: 'ArchiveDepositBatchOpened', data: { period: command.period, ...stamp } }];
  const files = context.depositedFiles.map((file) => lineOf(file, command.period)).filter((line): line is DepositedFileLine => line !== null);
  if (files.length === 0) throw ruleViolation('DEPOSIT_BATCH_EMPTY', 'Đợt nộp lưu chưa có hồ sơ nào để giao nhận');
  files.sort((a, b) => a.code.localeCompare(b.code, 'vi'));
  const receiverName = requireText(command.receiverName, 'receiverName', 'RECEIVER_REQUIRED', 'Cần ghi họ tên người nhận của lưu trữ cơ quan');
  const condition = requireText(command.condition, 'condition', 'CONDITION_REQUIRED', 'Cần ghi tình trạng hồ sơ, tài liệu khi giao nhận');
  return [{ type: 'ArchiveDepositHandedOver', data: { receiverName, condition, copies: 2, files, ...stamp } }];
}
