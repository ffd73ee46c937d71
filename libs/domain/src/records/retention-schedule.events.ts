import type { RetentionRule } from './records.types';

/*
 * Stream `retention-schedule`: the office's table of retention periods (bảng thời hạn bảo quản,
 * TT 10/2022/TT-BNV), data approved by an admin like the holiday calendar, never constants. A
 * public contract; type strings are fixed forever.
 */

/** Phê duyệt một phiên bản bảng thời hạn bảo quản: the whole table, replacing the previous version. */
export type RetentionScheduleApproved = {
  type: 'RetentionScheduleApproved';
  data: { version: string; rules: RetentionRule[]; by: string; at: string };
};

export type RetentionScheduleEvent = RetentionScheduleApproved;

export const RETENTION_SCHEDULE_EVENT_TYPES = ['RetentionScheduleApproved'] as const satisfies readonly RetentionScheduleEvent['type'][];

export const RETENTION_SCHEDULE_STREAM = 'retention-schedule';
