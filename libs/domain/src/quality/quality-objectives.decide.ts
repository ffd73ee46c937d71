import { localDateOf, yearOf } from '../calendar';
import { requireText, ruleViolation } from '../shared';
import type { QualityObjectivesCommand, SetQualityObjectives } from './quality-objectives.commands';
import type { QualityObjective, QualityObjectivesEvent } from './quality-objectives.events';
import { INDICATOR_TARGET_RANGE, isQualityIndicator, QUALITY_INDICATOR_KEYS, QUALITY_INDICATORS } from './quality-objectives.indicators';
import type { QualityObjectivesState } from './quality-objectives.state';
import { requireList } from './quality.references';
import { requireOfficeChief } from './quality.roles';

function objective(value: unknown, i: number): QualityObjective {
  const item = (value ?? {}) as Partial<Record<keyof QualityObjective, unknown>>;
  const field = (name: string) => `objectives[${i}].${name}`;
  const code = requireText(item.code, field('code'), 'REQUIRED', 'Cần ghi mã mục tiêu (ví dụ MT-01)');
  const text = requireText(item.text, field('text'), 'REQUIRED', 'Cần ghi nội dung mục tiêu');
  if (!isQualityIndicator(item.indicator)) {
    throw ruleViolation('UNKNOWN_INDICATOR', `Chỉ tiêu "${String(item.indicator)}" không đo được từ hệ thống; chọn một trong: ${QUALITY_INDICATOR_KEYS.join(', ')}`, field('indicator'), {
      indicator: item.indicator ?? null,
      allowed: QUALITY_INDICATOR_KEYS,
    });
  }
  const { min, max } = INDICATOR_TARGET_RANGE[QUALITY_INDICATORS[item.indicator].unit];
  if (typeof item.target !== 'number' || !Number.isFinite(item.target) || item.target < min || item.target > max) {
    throw ruleViolation('INVALID_TARGET', `Chỉ tiêu phải là số từ ${min} đến ${max}`, field('target'));
  }
  return { code, text, indicator: item.indicator, target: item.target };
}

/**
 * The head sets the policy and the measurable objectives (QĐ 19/2014 Art. 4: the head directs the
 * system). Only this year's or a later year's: objectives rewritten after the year would measure
 * nothing.
 */
function set(command: SetQualityObjectives): QualityObjectivesEvent[] {
  requireOfficeChief(command.actor, 'ban hành chính sách và mục tiêu chất lượng');
  if (!Number.isInteger(command.year) || command.year < yearOf(localDateOf(command.now))) {
    throw ruleViolation('YEAR_PASSED', 'Chỉ đặt mục tiêu cho năm nay hoặc năm sau', 'year');
  }
  const policy = requireText(command.policy, 'policy', 'REQUIRED', 'Cần ghi chính sách chất lượng');
  const objectives = requireList(command.objectives, 'objectives', 'OBJECTIVES_REQUIRED', 'Cần ít nhất một mục tiêu chất lượng').map(objective);
  objectives.forEach((o, i) => {
    if (objectives.findIndex((other) => other.code === o.code) !== i) throw ruleViolation('DUPLICATE_OBJECTIVE_CODE', `Mã mục tiêu ${o.code} bị trùng`, `objectives[${i}].code`);
  });
  return [{ type: 'QualityObjectivesSet', data: { year: command.year, policy, objectives, by: command.actor.userId, at: command.now } }];
}

/** The decider of a year's quality objectives (stream `qualityObjectivesStreamName(year)`). */
export function decideQualityObjectives(command: QualityObjectivesCommand, _state: QualityObjectivesState): QualityObjectivesEvent[] {
  switch (command.type) {
    case 'set':
      return set(command);
  }
}
