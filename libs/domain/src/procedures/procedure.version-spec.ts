import { ROLES, type Role } from '../organisation';
import { ruleViolation, oneOf, positiveInteger, requireLocalDate, requireText } from '../shared';
import type { DraftProcedureVersion } from './procedure.commands';
import {
  ITEM_FORMS,
  ITEM_NAME_MAX_LENGTH,
  ONLINE_LEVELS,
  SUPPLEMENT_POLICIES,
  type ProcedureVersionSpec,
  type ProcessStep,
  type RequiredItem,
} from './procedure.types';

/*
 * The rules a version's own content must meet (DOMAIN.md §6), whatever the procedure's other
 * versions: validated and normalised (text trimmed, defaults filled) into the spec the event
 * carries. Overlap with other versions is the decider's business.
 */

/** "received after 15:00 counts from the next working day" unless the version says otherwise. */
export const DEFAULT_CUTOFF_HOUR = 15;
/** The cut-off falls within the working day, 08:00–17:00. */
const CUTOFF_HOURS = { min: 8, max: 17 } as const;

export type VersionSpecInput = Omit<DraftProcedureVersion, 'type' | 'code' | 'actor' | 'now'>;

function list(value: unknown, field: string, message: string): unknown[] {
  if (!Array.isArray(value)) throw ruleViolation('INVALID_VALUE', message, field);
  return value;
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function requiredItem(input: unknown, i: number): RequiredItem {
  const item = (input ?? {}) as Partial<RequiredItem>;
  const at = `requiredItems[${i}]`;
  const name = requireText(item.name, `${at}.name`, 'REQUIRED', 'Cần ghi tên thành phần hồ sơ');
  if (name.length > ITEM_NAME_MAX_LENGTH) throw ruleViolation('TEXT_TOO_LONG', `Tên thành phần hồ sơ không quá ${ITEM_NAME_MAX_LENGTH} ký tự`, `${at}.name`);
  const form = oneOf(item.form, ITEM_FORMS, `${at}.form`, 'Hình thức giấy tờ phải là bản chính, bản sao hoặc bản sao chứng thực');
  const quantity = positiveInteger(item.quantity, `${at}.quantity`, 'INVALID_QUANTITY', 'Số lượng giấy tờ phải là số nguyên từ 1 trở lên');
  if (typeof item.mandatory !== 'boolean') throw ruleViolation('INVALID_VALUE', 'Cần ghi rõ thành phần hồ sơ có bắt buộc hay không', `${at}.mandatory`);
  return { name, form, quantity, mandatory: item.mandatory };
}

/** The checklist of the desk: at least one item, names unique (a received item is matched by name). */
function requiredItems(value: unknown): RequiredItem[] {
  const items = list(value, 'requiredItems', 'Thành phần hồ sơ phải là một danh sách').map(requiredItem);
  if (items.length === 0) throw ruleViolation('ITEMS_REQUIRED', 'Cần ít nhất một thành phần hồ sơ', 'requiredItems');
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.name)) throw ruleViolation('DUPLICATE_ITEM', `Thành phần hồ sơ "${item.name}" bị ghi hai lần`, `requiredItems[${i}].name`);
    seen.add(item.name);
  });
  return items;
}

/** Working days in halves: a working day is 08:00–17:00 with its half at 12:00. */
function isHalfDays(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && Number.isInteger(value * 2);
}

function processStep(input: unknown, i: number): ProcessStep {
  const step = (input ?? {}) as Partial<ProcessStep>;
  const at = `steps[${i}]`;
  if (step.no !== i + 1) throw ruleViolation('STEP_NUMBERING', `Các bước phải được đánh số liên tục từ 1; bước thứ ${i + 1} phải có số ${i + 1}`, `${at}.no`);
  const task = requireText(step.task, `${at}.task`, 'REQUIRED', 'Cần ghi nội dung công việc của bước');
  const unit = requireText(step.unit, `${at}.unit`, 'REQUIRED', 'Cần ghi đơn vị, người thực hiện bước');
  const role: Role | null = step.role == null ? null : oneOf(step.role, ROLES, `${at}.role`, 'Vai trò thực hiện bước không hợp lệ');
  if (!isHalfDays(step.workingDays)) {
    throw ruleViolation('INVALID_WORKING_DAYS', 'Thời gian của bước tính bằng ngày làm việc, là bội số của 0,5 và không âm', `${at}.workingDays`);
  }
  return { no: step.no, task, unit, role, workingDays: step.workingDays };
}

/** The internal process (quy trình nội bộ): steps 1..n whose times fit in the statutory time. */
function processSteps(value: unknown, statutoryDays: number): ProcessStep[] {
  const steps = list(value, 'steps', 'Quy trình nội bộ phải là một danh sách các bước').map(processStep);
  if (steps.length === 0) throw ruleViolation('STEPS_REQUIRED', 'Cần ít nhất một bước của quy trình nội bộ', 'steps');
  const total = steps.reduce((sum, step) => sum + step.workingDays, 0);
  if (total > statutoryDays) {
    throw ruleViolation(
      'STEPS_EXCEED_STATUTORY',
      `Tổng thời gian các bước (${total} ngày làm việc) vượt thời hạn giải quyết theo quy định (${statutoryDays} ngày làm việc)`,
      'steps',
    );
  }
  return steps;
}

function cutoffHour(value: unknown): number {
  if (value == null) return DEFAULT_CUTOFF_HOUR;
  if (!isWhole(value) || value < CUTOFF_HOURS.min || value > CUTOFF_HOURS.max) {
    throw ruleViolation('INVALID_CUTOFF_HOUR', `Giờ chốt tiếp nhận phải là giờ chẵn từ ${CUTOFF_HOURS.min} đến ${CUTOFF_HOURS.max}`, 'cutoffHour');
  }
  return value;
}

function feeVnd(value: unknown): number | null {
  if (value == null) return null;
  if (!isWhole(value) || value < 0) throw ruleViolation('INVALID_FEE', 'Phí, lệ phí phải là số nguyên đồng, không âm', 'feeVnd');
  return value;
}

function legalBasis(value: unknown): string[] {
  return list(value, 'legalBasis', 'Căn cứ pháp lý phải là một danh sách').map((basis, i) =>
    requireText(basis, `legalBasis[${i}]`, 'REQUIRED', 'Căn cứ pháp lý không được để trống'),
  );
}

/** Validates a version as the ISO secretary wrote it and returns it normalised, as the event carries it. */
export function versionSpecOf(input: VersionSpecInput): ProcedureVersionSpec {
  const effectiveFrom = requireLocalDate(input.effectiveFrom, 'effectiveFrom');
  const effectiveTo = input.effectiveTo == null ? null : requireLocalDate(input.effectiveTo, 'effectiveTo');
  if (effectiveTo !== null && effectiveTo < effectiveFrom) {
    throw ruleViolation('EFFECTIVE_TO_BEFORE_FROM', 'Ngày hết hiệu lực không được trước ngày có hiệu lực', 'effectiveTo');
  }
  const statutoryDays = positiveInteger(input.statutoryDays, 'statutoryDays', 'INVALID_STATUTORY_DAYS', 'Thời hạn giải quyết phải là số nguyên ngày làm việc, từ 1 trở lên');
  return {
    effectiveFrom,
    effectiveTo,
    publishingDecision: requireText(input.publishingDecision, 'publishingDecision', 'REQUIRED', 'Cần ghi quyết định công bố thủ tục hành chính'),
    legalBasis: legalBasis(input.legalBasis),
    requiredItems: requiredItems(input.requiredItems),
    statutoryDays,
    cutoffHour: cutoffHour(input.cutoffHour),
    feeVnd: feeVnd(input.feeVnd),
    onlineLevel: oneOf(input.onlineLevel, ONLINE_LEVELS, 'onlineLevel', 'Mức độ dịch vụ công trực tuyến không hợp lệ'),
    resultType: requireText(input.resultType, 'resultType', 'REQUIRED', 'Cần ghi loại kết quả giải quyết thủ tục'),
    supplementPolicy: oneOf(input.supplementPolicy, SUPPLEMENT_POLICIES, 'supplementPolicy', 'Cách tính thời hạn khi bổ sung hồ sơ không hợp lệ'),
    steps: processSteps(input.steps, statutoryDays),
  };
}

/** Two specs equal in content, whatever the key order (stored JSON may reorder keys). */
export function sameVersionSpec(a: ProcedureVersionSpec, b: ProcedureVersionSpec): boolean {
  return JSON.stringify(specFingerprint(a)) === JSON.stringify(specFingerprint(b));
}

function specFingerprint(spec: ProcedureVersionSpec): unknown[] {
  return [
    spec.effectiveFrom,
    spec.effectiveTo,
    spec.publishingDecision,
    spec.legalBasis,
    spec.requiredItems.map((item) => [item.name, item.form, item.quantity, item.mandatory]),
    spec.statutoryDays,
    spec.cutoffHour,
    spec.feeVnd,
    spec.onlineLevel,
    spec.resultType,
    spec.supplementPolicy,
    spec.steps.map((step) => [step.no, step.task, step.unit, step.role, step.workingDays]),
  ];
}
