import { retentionOf } from '../document';
import { hasRole } from '../organisation';
import { forbidden, requireInstant, requireText, ruleViolation, type Actor } from '../shared';
import type { RetentionScheduleEvent } from './retention-schedule.events';
import type { RetentionScheduleState } from './retention-schedule.state';
import type { RetentionRule } from './records.types';

/** Phê duyệt bảng thời hạn bảo quản (admin): a new version of the whole table. */
export interface ApproveRetentionSchedule {
  type: 'approve';
  version: string;
  rules: Array<{ category: string; label: string; period: unknown; source: string }>;
  actor: Actor;
  now: string;
}

function rulesOf(value: unknown): RetentionRule[] {
  if (!Array.isArray(value) || value.length === 0) throw ruleViolation('RULES_REQUIRED', 'Bảng thời hạn bảo quản cần ít nhất một loại hồ sơ', 'rules');
  const rules = value.map((rule: Record<string, unknown>, i): RetentionRule => ({
    category: requireText(rule?.category, `rules[${i}].category`, 'REQUIRED', 'Cần ghi mã loại hồ sơ'),
    label: requireText(rule?.label, `rules[${i}].label`, 'REQUIRED', 'Cần ghi tên loại hồ sơ'),
    period: retentionOf(rule?.period, `rules[${i}].period`),
    source: requireText(rule?.source, `rules[${i}].source`, 'REQUIRED', 'Cần ghi căn cứ (mục của Thông tư 10/2022/TT-BNV)'),
  }));
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    if (seen.has(rule.category)) throw ruleViolation('DUPLICATE_CATEGORY', `Loại hồ sơ ${rule.category} được ghi hai lần`, `rules[${i}].category`);
    seen.add(rule.category);
  });
  return rules;
}

/** The decider of the retention table: only an admin approves, each version once (SCHEDULE_VERSION_EXISTS). */
export function decideRetentionSchedule(command: ApproveRetentionSchedule, state: RetentionScheduleState): RetentionScheduleEvent[] {
  requireInstant(command.now, 'now');
  if (!hasRole(command.actor, 'admin')) throw forbidden('ADMIN_ONLY', 'Chỉ quản trị hệ thống mới được phê duyệt bảng thời hạn bảo quản');
  const version = requireText(command.version, 'version', 'REQUIRED', 'Cần ghi phiên bản bảng thời hạn bảo quản');
  if (state.status === 'approved' && state.versions.includes(version)) {
    throw ruleViolation('SCHEDULE_VERSION_EXISTS', `Phiên bản ${version} đã được phê duyệt; ghi phiên bản mới`, 'version');
  }
  return [{ type: 'RetentionScheduleApproved', data: { version, rules: rulesOf(command.rules), by: command.actor.userId, at: command.now } }];
}
