import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { InvalidInstantError, InvalidLocalDateError } from './errors';
import { addCalendarDays, dayOfWeek, endOfLocalDay, isLocalDate, localDateOf } from './local-date';

describe('localDateOf (Asia/Ho_Chi_Minh, UTC+7)', () => {
  it.each([
    ['2025-04-24T02:00:00Z', '2025-04-24'], // 09:00 in Hà Nội
    ['2025-04-24T16:59:59.999Z', '2025-04-24'], // 23:59:59.999
    ['2025-04-24T17:00:00Z', '2025-04-25'], // midnight: already the next day
    ['2025-04-24T18:30:00Z', '2025-04-25'], // late evening UTC = 25/4 01:30 in Hà Nội
    ['2025-04-25T01:30:00+07:00', '2025-04-25'],
    ['2025-04-24T23:30:00-05:00', '2025-04-25'],
    ['2025-12-31T17:00:00.000Z', '2026-01-01'], // new year in Vietnam first
    ['2025-04-24t10:00z', '2025-04-24'],
  ])('%s → %s', (instant, day) => {
    expect(localDateOf(instant)).toBe(day);
  });

  it('accepts a Date', () => {
    expect(localDateOf(new Date('2025-04-24T18:30:00Z'))).toBe('2025-04-25');
  });

  it.each(['2025-04-24', '2025-04-24T10:00:00', 'yesterday', '', '2025-02-30T10:00:00Z'])(
    'rejects %j (no offset, so host-time-zone dependent, or not a date)',
    (value) => {
      expect(() => localDateOf(value)).toThrow(InvalidInstantError);
    },
  );

  it('rejects an invalid Date', () => {
    expect(() => localDateOf(new Date('nope'))).toThrow(InvalidInstantError);
  });
});

describe('endOfLocalDay', () => {
  it('is 23:59:59.999 in Hà Nội, i.e. 16:59:59.999Z', () => {
    expect(endOfLocalDay('2025-04-25')).toBe('2025-04-25T16:59:59.999Z');
    expect(endOfLocalDay('2026-01-01')).toBe('2026-01-01T16:59:59.999Z');
  });

  it('round-trips with localDateOf, and one millisecond later is the next day', () => {
    const end = endOfLocalDay('2025-12-31');
    expect(localDateOf(end)).toBe('2025-12-31');
    expect(localDateOf(new Date(new Date(end).getTime() + 1))).toBe('2026-01-01');
  });

  it.each(['2025-02-29', '2025-13-01', '2025-4-5', '25/04/2025', '0050-01-01'])('rejects %j', (value) => {
    expect(() => endOfLocalDay(value)).toThrow(InvalidLocalDateError);
  });
});

describe('date helpers', () => {
  it('adds calendar days across months and years', () => {
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('knows the weekday', () => {
    expect(dayOfWeek('2025-04-24')).toBe(4); // Thursday
    expect(dayOfWeek('2026-04-26')).toBe(0); // Sunday
  });

  it('validates dates', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate(20250101)).toBe(false);
  });
});

describe('localDateOf rejects out-of-range parts', () => {
  it.each(['2025-04-24T24:00:00Z', '2025-04-24T10:60:00Z', '2025-04-24T10:00:00+15:00'])('%s', (value) => {
    expect(() => localDateOf(value)).toThrow(InvalidInstantError);
  });
});
