import { retentionOf, type Retention } from '../document';
import { ruleViolation } from '../shared';
import type { RetentionScheduleState } from './retention-schedule.state';
import type { RetentionRule } from './records.types';

/** True when `period` keeps a record at least as long as `minimum` (permanent outlasts every number of years). */
export function retentionAtLeast(period: Retention, minimum: Retention): boolean {
  if (minimum === 'permanent') return period === 'permanent';
  return period === 'permanent' || period >= minimum;
}

export function retentionText(period: Retention): string {
  return period === 'permanent' ? 'Vĩnh viễn' : `${period} năm`;
}

/** The approved table's rule for `category`: no table yet, or a category it does not know, refuses. */
export function retentionRuleOf(schedule: RetentionScheduleState, category: unknown, field: string): RetentionRule {
  if (schedule.status === 'none') throw ruleViolation('RETENTION_SCHEDULE_NOT_APPROVED', 'Bảng thời hạn bảo quản chưa được phê duyệt', field);
  const rule = schedule.rules.find((r) => r.category === category);
  if (!rule) throw ruleViolation('UNKNOWN_RETENTION_CATEGORY', 'Loại hồ sơ không có trong bảng thời hạn bảo quản', field);
  return rule;
}

/**
 * A period chosen for a category, never below the table (RETENTION_BELOW_TABLE: "không được thấp
 * hơn thời hạn … do cơ quan có thẩm quyền quy định"); `field` names the period in the request.
 */
export function retentionForCategory(schedule: RetentionScheduleState, category: unknown, value: unknown, categoryField: string, field: string): Retention {
  const rule = retentionRuleOf(schedule, category, categoryField);
  const period = retentionOf(value, field);
  if (!retentionAtLeast(period, rule.period)) {
    throw ruleViolation('RETENTION_BELOW_TABLE', `Thời hạn bảo quản của "${rule.label}" không được thấp hơn ${retentionText(rule.period).toLowerCase()} (${rule.source})`, field);
  }
  return period;
}
