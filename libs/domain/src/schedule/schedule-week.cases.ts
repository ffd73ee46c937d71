import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { daysOfScheduleWeek, isScheduleWeekId, scheduleWeekOf, scheduleWeekOfInstant, shiftScheduleWeek } from './schedule-week';

describe('ISO weeks (tuần công tác)', () => {
  it('numbers weeks from the one holding the year’s first Thursday', () => {
    expect(scheduleWeekOf('2026-12-02')).toBe('2026-W49');
    expect(scheduleWeekOf('2026-01-01')).toBe('2026-W01');
    expect(scheduleWeekOf('2027-01-01')).toBe('2026-W53');
    expect(scheduleWeekOf('2024-12-30')).toBe('2025-W01');
    expect(daysOfScheduleWeek('2026-W49')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
  });

  it('reads an instant in Vietnamese time and knows which weeks exist', () => {
    expect(scheduleWeekOfInstant('2026-11-29T17:30:00.000Z')).toBe('2026-W49');
    expect(isScheduleWeekId('2026-W53')).toBe(true);
    expect(isScheduleWeekId('2025-W53')).toBe(false);
    expect(isScheduleWeekId('2026-W7')).toBe(false);
    expect(shiftScheduleWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftScheduleWeek('2026-W01', -1)).toBe('2025-W52');
  });
});
