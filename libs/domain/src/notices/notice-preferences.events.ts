/**
 * Thông báo: what a person is told about their work. `new_work` (việc mới đến lượt mình),
 * `due_soon` (sắp đến hạn: within one working day), `overdue` (quá hạn), `returned` (bị trả lại).
 */
export const NOTICE_KINDS = ['new_work', 'due_soon', 'overdue', 'returned'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Per kind: whether the person wants it. */
export type NoticeSwitches = Record<NoticeKind, boolean>;

/** Where a notice reaches the person: in the app (bell, live toast) and by e-mail. */
export interface NoticePreferences {
  inApp: NoticeSwitches;
  email: NoticeSwitches;
}

/** Nobody misses work by default: everything in the app and by e-mail until the person chooses otherwise. */
export const DEFAULT_NOTICE_PREFERENCES: NoticePreferences = {
  inApp: { new_work: true, due_soon: true, overdue: true, returned: true },
  email: { new_work: true, due_soon: true, overdue: true, returned: true },
};

/** Cài đặt thông báo: the person's choice, replacing the previous one whole. */
export type NoticePreferencesChanged = {
  type: 'NoticePreferencesChanged';
  data: NoticePreferences & { userId: string; by: string; at: string };
};

export type NoticePreferencesEvent = NoticePreferencesChanged;
export const NOTICE_PREFERENCES_EVENT_TYPES = ['NoticePreferencesChanged'] as const satisfies readonly NoticePreferencesEvent['type'][];

/** `preferences-<userId>`: one stream per person. */
export function noticePreferencesStreamName(userId: string): string {
  return `preferences-${userId}`;
}
