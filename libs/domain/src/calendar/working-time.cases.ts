import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { VIETNAM_CALENDAR } from './vietnam';
import { addWorkingTime, localMinuteOf, WORKING_HOURS } from './working-time';

/** The UTC instant of `hh:mm` on `day` in Hà Nội. */
const vn = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`).toISOString();
const add = (day: string, hhmm: string, workingDays: number) => addWorkingTime(vn(day, hhmm), workingDays, VIETNAM_CALENDAR);

describe('addWorkingTime: whole half-days after the start (08:00–12:00, 12:00–17:00)', () => {
  it('a half-day step started in the morning is due at the end of that afternoon', () => {
    expect(add('2025-04-24', '10:00', 0.5)).toBe(vn('2025-04-24', '17:00'));
  });

  it('a half-day step started in the afternoon is due at noon of the next working day', () => {
    expect(add('2025-04-24', '14:00', 0.5)).toBe(vn('2025-04-25', '12:00'));
  });

  it('a start at the very beginning of a half counts that half', () => {
    expect(add('2025-04-24', '08:00', 0.5)).toBe(vn('2025-04-24', '12:00'));
    expect(add('2025-04-24', '07:30', 1)).toBe(vn('2025-04-24', '17:00'));
    expect(add('2025-04-24', '12:00', 0.5)).toBe(vn('2025-04-24', '17:00'));
  });

  it('a one-day step started in the afternoon ends at 17:00 the next working day (the day convention); in the morning, at noon', () => {
    expect(add('2025-04-24', '14:00', 1)).toBe(vn('2025-04-25', '17:00'));
    expect(add('2025-04-24', '09:00', 1)).toBe(vn('2025-04-25', '12:00'));
  });

  it('counts the worked Saturday 26/4/2025 and skips 30/4–2/5/2025 (Fri 2/5 swapped off)', () => {
    expect(add('2025-04-25', '14:00', 0.5)).toBe(vn('2025-04-26', '12:00'));
    expect(add('2025-04-29', '14:00', 1)).toBe(vn('2025-05-05', '17:00'));
  });

  it('counts the worked Saturday 22/8/2026 and skips Mon 31/8 – Wed 2/9/2026', () => {
    expect(add('2026-08-21', '14:00', 1)).toBe(vn('2026-08-22', '17:00'));
    expect(add('2026-08-28', '16:00', 0.5)).toBe(vn('2026-09-03', '12:00'));
  });

  it('skips Tết 2026 (16–20/2)', () => {
    expect(add('2026-02-13', '14:00', 1.5)).toBe(vn('2026-02-24', '12:00'));
  });

  it('a start after hours or on a day off counts from the next working morning', () => {
    expect(add('2025-04-24', '17:30', 0.5)).toBe(vn('2025-04-25', '12:00'));
    expect(add('2025-04-27', '10:00', 0.5)).toBe(vn('2025-04-28', '12:00'));
  });

  it('takes other working hours as data', () => {
    const hours = { start: '07:30', half: '11:30', end: '16:30' };
    expect(addWorkingTime(vn('2025-04-24', '07:30'), 0.5, VIETNAM_CALENDAR, hours)).toBe(vn('2025-04-24', '11:30'));
    expect(WORKING_HOURS).toEqual({ start: '08:00', half: '12:00', end: '17:00' });
  });

  it('refuses a length that is not a positive multiple of half a day, and malformed hours', () => {
    expect(() => add('2025-04-24', '10:00', 0)).toThrow(RangeError);
    expect(() => add('2025-04-24', '10:00', 0.3)).toThrow(RangeError);
    expect(() => addWorkingTime(vn('2025-04-24', '10:00'), 1, VIETNAM_CALENDAR, { start: '12:00', half: '08:00', end: '17:00' })).toThrow(RangeError);
    expect(() => addWorkingTime(vn('2025-04-24', '10:00'), 1, VIETNAM_CALENDAR, { start: '8h', half: '12:00', end: '17:00' })).toThrow(RangeError);
  });
});

describe('localMinuteOf', () => {
  it('is the Hà Nội minute of the day', () => {
    expect(localMinuteOf('2025-04-24T08:00:30Z')).toBe(15 * 60 + 0.5);
  });
});
