import { DomainError } from '../shared';

/**
 * A date was asked of a WorkingCalendar that holds no approved data for its year. Deadlines are
 * never computed as "weekdays only" for such a year: an admin must first approve that year's
 * calendar (from the government notice). 422, rule CALENDAR_NOT_COVERED.
 */
export class CalendarNotCoveredError extends DomainError {
  constructor(
    readonly year: number,
    /** The day that was looked up. */
    readonly date: string,
    /** The years the calendar does hold. */
    readonly coveredYears: readonly number[],
  ) {
    super(
      'RULE_VIOLATION',
      `Chưa có lịch làm việc được phê duyệt cho năm ${year} (ngày ${date}); ` +
        `các năm đã có: ${coveredYears.length ? coveredYears.join(', ') : 'không có'}. ` +
        `Cần phê duyệt lịch năm ${year} theo thông báo nghỉ lễ, Tết của năm đó trước.`,
      { rule: 'CALENDAR_NOT_COVERED' },
    );
  }
}

/** A calendar day was not a real 'YYYY-MM-DD' date. 422, rule INVALID_DATE. */
export class InvalidLocalDateError extends DomainError {
  constructor(readonly value: unknown) {
    super('RULE_VIOLATION', `Ngày không hợp lệ (định dạng YYYY-MM-DD): ${JSON.stringify(value) ?? String(value)}`, { rule: 'INVALID_DATE' });
  }
}

/**
 * An instant was not an ISO 8601 date-time with an explicit offset ('Z' or '+07:00'), or not a
 * valid Date. 422, rule INVALID_INSTANT.
 */
export class InvalidInstantError extends DomainError {
  constructor(readonly value: unknown) {
    super('RULE_VIOLATION', `Thời điểm không hợp lệ (ISO 8601 có múi giờ, ví dụ 2025-04-24T02:00:00Z): ${String(value)}`, {
      rule: 'INVALID_INSTANT',
    });
  }
}

/** The calendar data (a CalendarYear) is inconsistent: rejected before any deadline is computed with it. 422, rule INVALID_CALENDAR. */
export class InvalidCalendarError extends DomainError {
  constructor(message: string) {
    super('RULE_VIOLATION', message, { rule: 'INVALID_CALENDAR' });
  }
}
