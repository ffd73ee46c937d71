import { clocksOfProcess, LIMITED_CLOCKS } from '../deadlines';
import { ROLES, type Role } from '../organisation';
import { oneOf, requireLocalDate, requireText, ruleViolation } from '../shared';
import type { InternalProcessStep, InternalProcessVersionSpec } from './internal-process.types';

/*
 * The rules a version of an internal process must meet on its own (overlap with other versions is
 * the decider's business): validated and normalised into the spec the event carries.
 */

export type InternalVersionSpecInput = Omit<InternalProcessVersionSpec, 'effectiveTo'> & { effectiveTo?: string | null };

function list(value: unknown, field: string, message: string): unknown[] {
  if (!Array.isArray(value)) throw ruleViolation('INVALID_VALUE', message, field);
  return value;
}

/** A limit in whole working days; null only on a step without a clock, where no source gives a limit. */
function workingDays(value: unknown, field: string, clocked: boolean): number | null {
  if (value == null && !clocked) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw ruleViolation('INVALID_WORKING_DAYS', 'Thời hạn của bước tính bằng số nguyên ngày làm việc, không âm (0 là trong ngày); bước gắn thời hạn phải có thời hạn', field);
  }
  return value;
}

function step(input: unknown, i: number): InternalProcessStep {
  const s = (input ?? {}) as Partial<InternalProcessStep>;
  const at = `steps[${i}]`;
  if (s.no !== i + 1) throw ruleViolation('STEP_NUMBERING', `Các bước phải được đánh số liên tục từ 1; bước thứ ${i + 1} phải có số ${i + 1}`, `${at}.no`);
  const role: Role | null = s.role == null ? null : oneOf(s.role, ROLES, `${at}.role`, 'Vai trò thực hiện bước không hợp lệ');
  const clock = s.clock == null ? null : oneOf(s.clock, LIMITED_CLOCKS, `${at}.clock`, 'Thời hạn của bước là một trong: phân phối, yêu cầu bổ sung, trình, phát hành');
  return {
    no: s.no,
    clock,
    task: requireText(s.task, `${at}.task`, 'REQUIRED', 'Cần ghi nội dung công việc của bước'),
    unit: requireText(s.unit, `${at}.unit`, 'REQUIRED', 'Cần ghi đơn vị, người thực hiện bước'),
    role,
    workingDays: workingDays(s.workingDays, `${at}.workingDays`, clock !== null),
    urgentWorkingDays: workingDays(s.urgentWorkingDays, `${at}.urgentWorkingDays`, clock !== null),
    basis: requireText(s.basis, `${at}.basis`, 'REQUIRED', 'Cần ghi căn cứ của bước và thời hạn'),
  };
}

/**
 * Every clock the one table gives the process (DOCUMENT_STEP_PROCESSES) has exactly one step: a
 * document's deadlines come from them. A step may also carry a clock of another process (QT-VB-01
 * version 1 was approved with the issue step before QT-VB-02 existed): such a step of QT-VB-01 stands
 * in only on a day no version of the owning process is in force (`internalProcessInForce`); any other
 * process's is listed, never measured.
 */
function steps(value: unknown, code: string): InternalProcessStep[] {
  const all = list(value, 'steps', 'Quy trình nội bộ phải là một danh sách các bước').map(step);
  all.forEach((s, i) => {
    if (s.clock !== null && all.findIndex((other) => other.clock === s.clock) !== i) throw ruleViolation('DUPLICATE_PROCESS_CLOCK', `Thời hạn "${s.clock}" được ghi ở hai bước`, `steps[${i}].clock`);
  });
  const missing = clocksOfProcess(code).filter((clock) => !all.some((s) => s.clock === clock));
  if (missing.length) throw ruleViolation('PROCESS_CLOCK_MISSING', `Quy trình ${code} thiếu thời hạn: ${missing.join(', ')}`, 'steps', { missing });
  return all;
}

/** Validates a version of internal process `code` as the ISO secretary wrote it; returns it as the event carries it. */
export function internalVersionSpecOf(input: InternalVersionSpecInput, code: string): InternalProcessVersionSpec {
  const effectiveFrom = requireLocalDate(input.effectiveFrom, 'effectiveFrom');
  const effectiveTo = input.effectiveTo == null ? null : requireLocalDate(input.effectiveTo, 'effectiveTo');
  if (effectiveTo !== null && effectiveTo < effectiveFrom) {
    throw ruleViolation('EFFECTIVE_TO_BEFORE_FROM', 'Ngày hết hiệu lực không được trước ngày có hiệu lực', 'effectiveTo');
  }
  const legalBasis = list(input.legalBasis, 'legalBasis', 'Căn cứ pháp lý phải là một danh sách').map((basis, i) =>
    requireText(basis, `legalBasis[${i}]`, 'REQUIRED', 'Căn cứ pháp lý không được để trống'),
  );
  if (legalBasis.length === 0) throw ruleViolation('LEGAL_BASIS_REQUIRED', 'Quy trình nội bộ cần ít nhất một căn cứ pháp lý', 'legalBasis');
  return {
    effectiveFrom,
    effectiveTo,
    publishingDecision: requireText(input.publishingDecision, 'publishingDecision', 'REQUIRED', 'Cần ghi quyết định ban hành quy trình'),
    legalBasis,
    steps: steps(input.steps, code),
  };
}
