import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { addCalendarMonths, clockState, daysLate, legalUpdateDue } from './quality.clock';

describe('the quality clocks', () => {
  it.each([
    ['2026-01-15', 3, '2026-04-15'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-10-31', 3, '2027-01-31'],
  ])('%s + %i months = %s (a missing day falls back to the month’s last)', (from, months, expected) => {
    expect(addCalendarMonths(from, months)).toBe(expected);
  });

  it('the legal update is due three months after entry into force', () => {
    expect(legalUpdateDue('2026-07-01')).toBe('2026-10-01');
  });

  it('an open clock is pending, due soon within 30 days, overdue after its day; a closed one is on time or late', () => {
    expect(clockState('2026-04-30', null, '2026-03-30')).toBe('pending');
    expect(clockState('2026-04-30', null, '2026-03-31')).toBe('due_soon');
    expect(clockState('2026-04-30', null, '2026-04-30')).toBe('due_soon');
    expect(clockState('2026-04-30', null, '2026-05-01')).toBe('overdue');
    expect(clockState('2026-04-30', '2026-04-30', '2026-06-01')).toBe('on_time');
    expect(clockState('2026-04-30', '2026-05-02', '2026-06-01')).toBe('late');
    expect([daysLate('2026-04-30', '2026-05-02', '2026-06-01'), daysLate('2026-04-30', null, '2026-05-10'), daysLate('2026-04-30', null, '2026-04-01')]).toEqual([2, 10, 0]);
  });
});
