import type { RetentionScheduleEvent } from './retention-schedule.events';
import type { RetentionRule } from './records.types';

/** The table in force (the last approved version) and every version approved so far. */
export type RetentionScheduleState =
  | { status: 'none' }
  | { status: 'approved'; version: string; rules: RetentionRule[]; approvedBy: string; approvedAt: string; versions: string[] };

export const initialRetentionScheduleState: RetentionScheduleState = { status: 'none' };

export function evolveRetentionSchedule(state: RetentionScheduleState, event: RetentionScheduleEvent): RetentionScheduleState {
  if (event.type !== 'RetentionScheduleApproved') return state;
  const { version, rules, by, at } = event.data;
  const versions = state.status === 'approved' ? state.versions : [];
  return { status: 'approved', version, rules, approvedBy: by, approvedAt: at, versions: [...versions, version] };
}
