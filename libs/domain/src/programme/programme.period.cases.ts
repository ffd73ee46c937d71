import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { VIETNAM_CALENDAR } from '../calendar';
import { draftDueDate, dueDays, isoWeekOf, itemDueDate, periodDays, periodKindOf } from './programme.period';

describe('periods of the work programme', () => {
  it('a year, a quarter, a month: their days and the draft’s due day, the 25th of the month before (QC 8.1)', () => {
    expect(periodKindOf('2026')).toBe('year');
    expect(periodKindOf('2026-Q4')).toBe('quarter');
    expect(periodKindOf('2026-02')).toBe('month');
    expect(periodKindOf('2026-W02')).toBeNull();
    expect(periodDays('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodDays('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodDays('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(draftDueDate('2026-03')).toBe('2026-02-25');
    expect(draftDueDate('2026-01')).toBe('2025-12-25');
    expect(draftDueDate('2026-Q2')).toBe('2026-03-25');
    expect(draftDueDate('2027')).toBe('2026-12-25');
  });

  it('ISO weeks, Monday to Sunday; week 53 only in a year that has one', () => {
    expect(dueDays('2026-W01')).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    expect(dueDays('2026-W53')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(dueDays('2025-W53')).toBeNull();
    expect(isoWeekOf('2026-03-13')).toBe('2026-W11');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
  });

  it('an item is due on the last working day of its month or week, by the calendar', () => {
    expect(itemDueDate('2026-03', VIETNAM_CALENDAR)).toBe('2026-03-31');
    expect(itemDueDate('2026-05', VIETNAM_CALENDAR)).toBe('2026-05-29');
    // The week of the national day: 2/9/2026 (Wed) is a day off, Friday 4/9 is a working day.
    expect(itemDueDate('2026-W36', VIETNAM_CALENDAR)).toBe('2026-09-04');
  });
});
