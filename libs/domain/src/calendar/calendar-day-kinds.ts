import type { LocalDate } from './local-date';

/**
 * What a day of an edited calendar year is, beside the ordinary rule (Mon–Fri work, Sat–Sun rest):
 * - `holiday`: ngày nghỉ lễ, Tết (BLLĐ Đ.112.1), on any day; on a weekend it only informs, its
 *   make-up day is what rests;
 * - `make_up_day_off`: nghỉ bù (Đ.111.3), a weekday;
 * - `swapped_day_off`: nghỉ hoán đổi, the weekday side of a swap;
 * - `worked_weekend_day`: làm bù, the Saturday or Sunday worked in exchange.
 * An edit may also set `working_day`: back to the ordinary rule (the entry is removed).
 */
export const CALENDAR_DAY_KINDS = ['holiday', 'make_up_day_off', 'swapped_day_off', 'worked_weekend_day'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];
export const CALENDAR_CHANGE_KINDS = [...CALENDAR_DAY_KINDS, 'working_day'] as const;
export type CalendarChangeKind = (typeof CALENDAR_CHANGE_KINDS)[number];

export const CALENDAR_DAY_KIND_LABELS: Readonly<Record<CalendarChangeKind, string>> = {
  holiday: 'Ngày nghỉ lễ, Tết',
  make_up_day_off: 'Nghỉ bù',
  swapped_day_off: 'Nghỉ hoán đổi',
  worked_weekend_day: 'Làm bù (hoán đổi)',
  working_day: 'Ngày thường',
};

/** One special day of a year as edited and approved, with the note users and auditors see. */
export interface CalendarEntry {
  date: LocalDate;
  kind: CalendarDayKind;
  note: string;
}

/** The government's notice a version is approved on (thông báo nghỉ lễ, Tết): số, ký hiệu; ngày; cơ quan ban hành. */
export interface CalendarNotice {
  symbol: string;
  date: LocalDate;
  issuer: string;
}
