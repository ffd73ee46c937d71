import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { calendarYearOf, entriesOf, proposeCalendarDays } from '.';
import { VIETNAM_2027 } from './vietnam-2027';

const dates = (year: number, kind: string) => proposeCalendarDays(year).filter((d) => d.kind === kind).map((d) => d.date);

describe('proposeCalendarDays (BLLĐ Đ.111.3, 112.1 and the lunar calendar)', () => {
  it('2026: the holidays of the law, Hùng Vương on a Sunday made up on Monday 27/04, Quốc khánh 1–2/9', () => {
    expect(dates(2026, 'holiday')).toEqual([
      '2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-26', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02',
    ]);
    expect(proposeCalendarDays(2026).filter((d) => d.kind === 'make_up_day_off')).toEqual([
      { date: '2026-04-27', kind: 'make_up_day_off', note: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) (26/04/2026 là Chủ nhật)' },
    ]);
  });

  it('2027: Tết 05–09/02 with mùng 1 and 2 on the weekend made up on Wed 10 and Thu 11/02, 1/5 on a Saturday made up on Mon 03/05, 2–3/9', () => {
    expect(dates(2027, 'make_up_day_off')).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
    expect(dates(2027, 'holiday')).toContain('2027-09-03');
    // The provisional data shipped with the code is the proposal plus Ngày Văn hóa Việt Nam (24/11, not in Đ.112.1).
    const proposed = calendarYearOf(2027, 'p', 'p', proposeCalendarDays(2027)).daysOff.map((d) => d.date);
    expect([...proposed, '2027-11-24']).toEqual(entriesOf(VIETNAM_2027).map((d) => d.date));
  });

  it('never proposes a swap (the government decides those) and every day has a Vietnamese note', () => {
    for (const year of [2025, 2026, 2027, 2028]) {
      expect(dates(year, 'worked_weekend_day')).toEqual([]);
      expect(dates(year, 'swapped_day_off')).toEqual([]);
      for (const day of proposeCalendarDays(year)) expect(day.note.length).toBeGreaterThan(5);
    }
  });

  it('a make-up day skips days already off: 2025 mùng 4 Tết on Saturday 01/02 is made up on Monday 03/02', () => {
    expect(dates(2025, 'make_up_day_off')).toEqual(['2025-02-03']);
  });
});
