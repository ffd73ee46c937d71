import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import type { CalendarYear } from './calendar-year';
import { CalendarNotCoveredError, InvalidCalendarError, InvalidLocalDateError } from './errors';
import { addCalendarDays, dayOfWeek, isWeekend, type LocalDate } from './local-date';
import { VIETNAM_CALENDAR, VIETNAM_CALENDAR_YEARS } from './vietnam';
import { VIETNAM_2025 } from './vietnam-2025';
import { VIETNAM_2026 } from './vietnam-2026';
import { VIETNAM_2027 } from './vietnam-2027';
import { WorkingCalendar } from './working-calendar';
import { DomainError } from '../shared/domain-error';

const cal = VIETNAM_CALENDAR;

/** Every day of a year whose working status differs from "Mon–Fri works, Sat–Sun rests". */
function exceptions(year: number): { weekdaysOff: LocalDate[]; weekendDaysWorked: LocalDate[] } {
  const weekdaysOff: LocalDate[] = [];
  const weekendDaysWorked: LocalDate[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addCalendarDays(d, 1)) {
    const working = cal.isWorkingDay(d);
    if (!isWeekend(d) && !working) weekdaysOff.push(d);
    if (isWeekend(d) && working) weekendDaysWorked.push(d);
  }
  return { weekdaysOff, weekendDaysWorked };
}

describe('VIETNAM_CALENDAR data', () => {
  it('records its version, with the provisional 2027 marked as such', () => {
    expect(cal.version).toBe('VN 2025.1+2026.1+2027.0-provisional');
    expect(cal.version).toContain('2027');
    expect(cal.coveredYears).toEqual([2025, 2026, 2027]);
    expect(new WorkingCalendar([VIETNAM_2027, VIETNAM_2026, VIETNAM_2025]).version).toBe('VN 2025.1+2026.1+2027.0-provisional');
    expect(new WorkingCalendar([VIETNAM_2026, VIETNAM_2025]).version).toBe('VN 2025.1+2026.1');
    expect(new WorkingCalendar([VIETNAM_2025]).version).toBe('VN 2025.1');
  });

  it('2025: exactly the 12 weekdays off and 1 Saturday worked of TB 6150/TB-BLĐTBXH', () => {
    expect(exceptions(2025)).toEqual({
      weekdaysOff: [
        '2025-01-01',
        '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31',
        '2025-04-07',
        '2025-04-30', '2025-05-01', '2025-05-02',
        '2025-09-01', '2025-09-02',
      ],
      weekendDaysWorked: ['2025-04-26'],
    });
  });

  it('2026: the weekdays off and Saturdays worked of TB 9441/TB-BNV, CV 12729/VPCP-KGVX, Đ.111.3 and NQ 28/2026', () => {
    expect(exceptions(2026)).toEqual({
      weekdaysOff: [
        '2026-01-01', '2026-01-02',
        '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
        '2026-04-27', '2026-04-30', '2026-05-01',
        '2026-08-31', '2026-09-01', '2026-09-02',
        '2026-11-24',
      ],
      weekendDaysWorked: ['2026-01-10', '2026-08-22'],
    });
  });

  it('2027 (provisional, BLLĐ Đ.111.3, 112.1, 112.3 only): 12 weekdays off, no Saturday worked', () => {
    expect(exceptions(2027)).toEqual({
      weekdaysOff: [
        '2027-01-01',
        '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
        '2027-04-16',
        '2027-04-30', '2027-05-03',
        '2027-09-02', '2027-09-03',
        '2027-11-24',
      ],
      weekendDaysWorked: [],
    });
  });

  it('2027 is marked provisional: version, source and the days the Prime Minister has yet to fix', () => {
    expect(VIETNAM_2027.version).toBe('2027.0-provisional');
    expect(VIETNAM_2027.source).toMatch(/^TẠM TÍNH/);
    expect(VIETNAM_2027.source).toContain('Điều 112');
    expect(VIETNAM_2027.source).toContain('Phải thay bằng thông báo nghỉ lễ, Tết năm 2027');
    expect(VIETNAM_2027.workedWeekendDays).toEqual([]); // swaps are decided by the notice, never guessed
    for (const date of ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-09-03'])
      expect(cal.labelOf(date), date).toMatch(/tạm tính/);
    // The days fixed by the Labour Code itself carry their plain label.
    expect(cal.labelOf('2027-01-01')).toBe('Tết Dương lịch');
    expect(cal.labelOf('2027-04-16')).toBe('Giỗ Tổ Hùng Vương');
    expect(cal.labelOf('2027-09-02')).toBe('Quốc khánh');
    expect(cal.labelOf('2027-05-03')).toMatch(/^Nghỉ bù Ngày Quốc tế lao động/);
  });

  it('every shipped year has a version, a source and Vietnamese labels', () => {
    for (const year of VIETNAM_CALENDAR_YEARS) {
      expect(year.version).toMatch(new RegExp(`^${year.year}\\.\\d+(-provisional)?$`));
      expect(year.source.length).toBeGreaterThan(10);
      for (const day of [...year.daysOff, ...year.workedWeekendDays]) expect(cal.labelOf(day.date)).toBe(day.label);
    }
    expect(cal.labelOf('2025-04-30')).toBe('Ngày Giải phóng miền Nam, thống nhất đất nước');
    expect(cal.labelOf('2025-09-02')).toBe('Quốc khánh');
    expect(cal.labelOf('2026-02-17')).toBe('Tết Nguyên đán');
    expect(cal.labelOf('2025-04-07')).toBe('Giỗ Tổ Hùng Vương');
    expect(cal.labelOf('2025-04-26')).toMatch(/^Làm bù/);
    expect(cal.labelOf('2025-04-24')).toBeNull();
  });

  it('BLLĐ Đ.111.3: every Đ.112.1 holiday on a weekend has its next weekday off', () => {
    // Fixed Gregorian days plus Giỗ Tổ Hùng Vương (10/3 lunar: 07/04/2025, 26/04/2026, 16/04/2027).
    const holidays = ['2025-01-01', '2025-04-07', '2025-04-30', '2025-05-01', '2025-09-02',
      '2026-01-01', '2026-04-26', '2026-04-30', '2026-05-01', '2026-09-02',
      '2027-01-01', '2027-04-16', '2027-04-30', '2027-05-01', '2027-09-02'];
    const onWeekend = holidays.filter(isWeekend);
    expect(onWeekend).toEqual(['2026-04-26', '2027-05-01']);
    for (const day of holidays) {
      if (!isWeekend(day)) expect(cal.isWorkingDay(day), day).toBe(false);
    }
    // The Sunday Hùng Vương day is made up on Monday 27/04/2026.
    expect(dayOfWeek('2026-04-26')).toBe(0);
    expect(cal.isWorkingDay('2026-04-27')).toBe(false);
    expect(cal.labelOf('2026-04-27')).toMatch(/^Nghỉ bù Giỗ Tổ Hùng Vương/);
    expect(cal.addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
    // Saturday 01/05/2027 is made up on Monday 03/05/2027, so Fri 30/04 – Mon 03/05 is off.
    expect(dayOfWeek('2027-05-01')).toBe(6);
    expect(cal.isWorkingDay('2027-05-03')).toBe(false);
    expect(cal.addWorkingDays('2027-04-29', 1)).toBe('2027-05-04');
  });

  it('2027 Tết (provisional): 29 Chạp Bính Ngọ = Fri 05/02, mùng 1–4 Đinh Mùi = Sat 06/02 – Tue 09/02', () => {
    // Lunar dates computed (Hồ Ngọc Đức's algorithm at UTC+7, cross-checked, see vietnam-2027.ts).
    expect([dayOfWeek('2027-02-05'), dayOfWeek('2027-02-06'), dayOfWeek('2027-02-07')]).toEqual([5, 6, 0]);
    // Mùng 1 and mùng 2 fall on the weekend: made up on Wed 10/02 and Thu 11/02 (Đ.111.3).
    expect(cal.labelOf('2027-02-10')).toMatch(/^Nghỉ bù Tết Nguyên đán/);
    expect(cal.labelOf('2027-02-11')).toMatch(/^Nghỉ bù Tết Nguyên đán/);
    // The 5 Tết days: the 3 on weekdays plus the 2 weekday make-ups.
    const tetWeekdays = VIETNAM_2027.daysOff.filter((d) => d.label.includes('Tết Nguyên đán'));
    expect(tetWeekdays.map((d) => d.date)).toEqual(['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']);
    expect(cal.workingDaysBetween('2027-02-04', '2027-02-11')).toBe(0); // Fri 05 – Thu 11/02 all off
    expect(cal.isWorkingDay('2027-02-04')).toBe(true);
    expect(cal.isWorkingDay('2027-02-12')).toBe(true); // no swap guessed for the lone Friday
    expect(cal.addWorkingDays('2027-02-04', 1)).toBe('2027-02-12');
    expect(cal.addWorkingDays('2027-02-04', 2)).toBe('2027-02-15');
  });

  it('2027 Giỗ Tổ Hùng Vương: 10/3 Đinh Mùi = Fri 16/04/2027, a weekday, no make-up', () => {
    expect(dayOfWeek('2027-04-16')).toBe(5);
    expect(cal.isWorkingDay('2027-04-16')).toBe(false);
    expect(cal.labelOf('2027-04-16')).toBe('Giỗ Tổ Hùng Vương');
    expect(cal.addWorkingDays('2027-04-15', 1)).toBe('2027-04-19');
    expect(cal.isWorkingDay('2027-04-19')).toBe(true);
  });

  it('2027 Quốc khánh: Thu 02/09 plus Fri 03/09 (joined to the weekend; provisional)', () => {
    expect(dayOfWeek('2027-09-02')).toBe(4);
    expect(cal.isWorkingDay('2027-09-01')).toBe(true);
    expect(cal.isWorkingDay('2027-09-02')).toBe(false);
    expect(cal.isWorkingDay('2027-09-03')).toBe(false);
    expect(cal.addWorkingDays('2027-09-01', 1)).toBe('2027-09-06');
    expect(cal.workingDaysBetween('2027-09-01', '2027-09-06')).toBe(1);
  });
});

describe('WorkingCalendar.isWorkingDay', () => {
  it.each<[LocalDate, boolean, string]>([
    ['2025-04-24', true, 'Thu, ordinary'],
    ['2025-04-25', true, 'Fri, ordinary'],
    ['2025-04-26', true, 'Sat, worked (swap for Fri 2/5)'],
    ['2025-04-27', false, 'Sun'],
    ['2025-05-02', false, 'Fri, off (swap)'],
    ['2025-05-03', false, 'Sat, not worked'],
    ['2025-09-01', false, 'Mon, second National Day day'],
    ['2025-09-02', false, 'Tue, Quốc khánh'],
    ['2025-09-03', true, 'Wed'],
    ['2026-02-13', true, 'Fri before Tết'],
    ['2026-02-14', false, 'Sat, Tết block'],
    ['2026-02-16', false, 'Mon, 29 Chạp'],
    ['2026-02-20', false, 'Fri, mùng 4'],
    ['2026-02-22', false, 'Sun, Tết block'],
    ['2026-02-23', true, 'Mon after Tết'],
    ['2026-08-22', true, 'Sat, worked (swap for Mon 31/8)'],
    ['2026-08-29', false, 'Sat'],
    ['2026-08-31', false, 'Mon, off (swap)'],
    ['2026-09-01', false, 'Tue, second National Day day'],
    ['2026-09-02', false, 'Wed, Quốc khánh'],
    ['2026-09-03', true, 'Thu'],
  ])('%s is working: %s (%s)', (date, working) => {
    expect(cal.isWorkingDay(date)).toBe(working);
  });
});

describe('WorkingCalendar.addWorkingDays', () => {
  it.each<[LocalDate, number, LocalDate, string]>([
    ['2025-04-24', 1, '2025-04-25', 'next day'],
    ['2025-04-24', 2, '2025-04-26', 'the worked Saturday counts'],
    ['2025-04-24', 5, '2025-05-05', '30/4, 1/5, 2/5 off, then the weekend'],
    ['2025-04-25', 1, '2025-04-26', 'Fri → worked Sat'],
    ['2025-04-29', 1, '2025-05-05', 'over the 5-day 30/4 break'],
    ['2025-04-27', 1, '2025-04-28', 'from a Sunday'],
    ['2025-01-24', 1, '2025-02-03', 'over Tết 2025'],
    ['2025-08-29', 1, '2025-09-03', 'over Quốc khánh 2025 (30/8–2/9)'],
    ['2026-02-13', 1, '2026-02-23', 'over the 2026 Tết block 14–22/2'],
    ['2026-02-12', 3, '2026-02-24', 'Fri 13/2, Mon 23/2, Tue 24/2'],
    ['2026-08-21', 1, '2026-08-22', 'Fri → worked Sat 22/8/2026'],
    ['2026-08-28', 1, '2026-09-03', 'over Quốc khánh 2026 (29/8–2/9)'],
    ['2025-12-31', 1, '2026-01-05', 'year boundary: 1/1 and 2/1/2026 off, weekend'],
    ['2025-12-30', 5, '2026-01-08', 'year boundary, 5 days'],
    ['2026-01-08', 2, '2026-01-10', 'worked Sat 10/1/2026'],
    ['2026-12-24', 5, '2026-12-31', 'stays inside 2026'],
    ['2026-12-28', 5, '2027-01-05', 'into provisional 2027: 29, 30, 31/12, Fri 1/1 off, 4, 5/1'],
    ['2026-12-31', 1, '2027-01-04', 'Fri 1/1/2027 off, then the weekend'],
    ['2027-02-04', 3, '2027-02-16', 'over the provisional 2027 Tết block 5–11/2'],
  ])('%s + %i → %s (%s)', (date, n, expected) => {
    expect(cal.addWorkingDays(date, n)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects n = %d', (n) => {
    expect(() => cal.addWorkingDays('2025-04-24', n)).toThrow(RangeError);
  });
});

describe('WorkingCalendar.sameOrNextWorkingDay', () => {
  it.each<[LocalDate, LocalDate]>([
    ['2025-04-24', '2025-04-24'],
    ['2025-04-26', '2025-04-26'], // worked Saturday
    ['2025-04-27', '2025-04-28'],
    ['2025-04-30', '2025-05-05'],
    ['2026-02-15', '2026-02-23'],
    ['2026-04-26', '2026-04-28'], // Sunday Hùng Vương, Monday make-up
    ['2027-01-01', '2027-01-04'],
    ['2027-02-06', '2027-02-12'], // mùng 1 Tết Đinh Mùi (provisional)
    ['2027-05-01', '2027-05-04'], // Saturday 1/5, Monday make-up
  ])('%s → %s', (date, expected) => {
    expect(cal.sameOrNextWorkingDay(date)).toBe(expected);
  });
});

describe('WorkingCalendar.workingDaysBetween: working days in (from, to]', () => {
  it.each<[LocalDate, LocalDate, number]>([
    ['2025-04-24', '2025-04-24', 0],
    ['2025-05-05', '2025-04-24', 0],
    ['2025-04-24', '2025-04-25', 1],
    ['2025-04-24', '2025-05-05', 5],
    ['2025-04-29', '2025-05-04', 0], // only days off
    ['2025-04-30', '2025-05-05', 1], // from a holiday
    ['2025-12-24', '2026-01-05', 6], // 25, 26, 29, 30, 31/12 and 5/1
    ['2026-02-13', '2026-02-23', 1],
    ['2025-01-01', '2025-12-31', 250], // 2025 minus 1/1 (off anyway): 261 weekdays − 12 off + 1 Saturday worked
    ['2025-12-31', '2026-12-31', 249], // all of 2026: 261 weekdays − 14 off + 2 Saturdays worked
    ['2026-12-31', '2027-12-31', 249], // all of 2027: 261 weekdays − 12 off, no Saturday worked
    ['2026-12-28', '2027-01-05', 5],
  ])('(%s, %s] → %i', (from, to, expected) => {
    expect(cal.workingDaysBetween(from, to)).toBe(expected);
  });

  it('is the inverse of addWorkingDays for every start day of 2025 and n = 1..10', () => {
    const mismatches: string[] = [];
    for (let d = '2025-01-01'; d < '2026-01-01'; d = addCalendarDays(d, 1)) {
      for (let n = 1; n <= 10; n += 1) {
        const due = cal.addWorkingDays(d, n);
        if (cal.workingDaysBetween(d, due) !== n || !cal.isWorkingDay(due)) mismatches.push(`${d} + ${n} = ${due}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('is the inverse of addWorkingDays from every day of 01/12/2026 – 10/12/2027 and n = 1..10 (provisional 2027)', () => {
    const mismatches: string[] = [];
    for (let d = '2026-12-01'; d <= '2027-12-10'; d = addCalendarDays(d, 1)) {
      for (let n = 1; n <= 10; n += 1) {
        const due = cal.addWorkingDays(d, n);
        if (cal.workingDaysBetween(d, due) !== n || !cal.isWorkingDay(due)) mismatches.push(`${d} + ${n} = ${due}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('CalendarNotCoveredError: no silent "weekdays only" outside the approved years', () => {
  it('names the year', () => {
    let error: unknown;
    try {
      cal.isWorkingDay('2028-01-04');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarNotCoveredError);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'CALENDAR_NOT_COVERED', year: 2028, date: '2028-01-04', coveredYears: [2025, 2026, 2027] });
    expect((error as Error).message).toContain('2028');
  });

  it.each<[string, () => unknown]>([
    ['isWorkingDay before 2025', () => cal.isWorkingDay('2024-12-31')],
    ['addWorkingDays crossing into 2028', () => cal.addWorkingDays('2027-12-28', 5)],
    ['sameOrNextWorkingDay in 2028', () => cal.sameOrNextWorkingDay('2028-01-01')],
    ['workingDaysBetween into 2028', () => cal.workingDaysBetween('2027-12-01', '2028-01-10')],
    ['a calendar of 2025–2026 only, from 28/12/2026 into 2027', () => new WorkingCalendar([VIETNAM_2025, VIETNAM_2026]).addWorkingDays('2026-12-28', 5)],
    ['labelOf', () => cal.labelOf('2030-09-02')],
    ['a calendar of 2025 only, in 2026', () => new WorkingCalendar([VIETNAM_2025]).addWorkingDays('2025-12-31', 1)],
  ])('%s', (_name, call) => {
    expect(call).toThrow(CalendarNotCoveredError);
  });

  it('does not throw for an empty interval, whatever the years', () => {
    expect(cal.workingDaysBetween('2030-01-02', '2030-01-01')).toBe(0);
  });
});

describe('WorkingCalendar input validation', () => {
  const year = (patch: Partial<CalendarYear>): CalendarYear => ({ year: 2027, version: '2027.1', source: 'test', daysOff: [], workedWeekendDays: [], ...patch });

  it.each<[string, CalendarYear[]]>([
    ['no year', []],
    ['the same year twice', [year({}), year({ version: '2027.2' })]],
    ['an empty version', [year({ version: '' })]],
    ['a version with "+"', [year({ version: '2027+1' })]],
    ['a day off on a Saturday', [year({ daysOff: [{ date: '2027-05-01', label: 'Ngày Quốc tế lao động' }] })]],
    ['a worked weekday', [year({ workedWeekendDays: [{ date: '2027-05-03', label: 'Làm bù' }] })]],
    ['a day of another year', [year({ daysOff: [{ date: '2026-12-31', label: 'x' }] })]],
    ['an invalid date', [year({ daysOff: [{ date: '2027-02-30', label: 'x' }] })]],
    ['an empty label', [year({ daysOff: [{ date: '2027-05-03', label: ' ' }] })]],
    ['a duplicate day', [year({ daysOff: [{ date: '2027-05-03', label: 'a' }, { date: '2027-05-03', label: 'b' }] })]],
  ])('rejects %s', (_name, years) => {
    expect(() => new WorkingCalendar(years)).toThrow(InvalidCalendarError);
    expect(() => new WorkingCalendar(years)).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', rule: 'INVALID_CALENDAR' }));
  });

  it('copies its data: later changes to the input do not change the calendar', () => {
    const data = year({ daysOff: [{ date: '2027-05-03', label: 'Nghỉ bù Ngày Quốc tế lao động' }] });
    const c = new WorkingCalendar([data]);
    data.daysOff.pop();
    expect(c.isWorkingDay('2027-05-03')).toBe(false);
  });

  it('rejects malformed dates in queries', () => {
    expect(() => cal.isWorkingDay('2025-02-29')).toThrow(InvalidLocalDateError);
    expect(() => cal.addWorkingDays('24/04/2025', 1)).toThrow(InvalidLocalDateError);
    expect(() => cal.workingDaysBetween('2025-04-24', '2025-4-30')).toThrow(InvalidLocalDateError);
  });
});
