import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { hungKingsDay, lunarNewYear, lunarNewYearsEve, VIETNAM_2025, VIETNAM_2026 } from '.';

/*
 * lunar-javascript computes China's calendar (UTC+8); Vietnam's is the same at UTC+7. What was
 * found checking it against the notices the code holds (vietnam-2025/2026/2027.ts):
 * 2025–2027 agree day for day; 2007 is a known year where they do not (Tết 17/02 in Việt Nam,
 * 18/02 in China), so a proposal is checked against the notice before approval.
 */
describe('lunar holidays from lunar-javascript, against the official notices', () => {
  it.each([
    [2025, '2025-01-29', '2025-01-28', '2025-04-07'],
    [2026, '2026-02-17', '2026-02-16', '2026-04-26'],
    [2027, '2027-02-06', '2027-02-05', '2027-04-16'],
  ])('%i: mùng 1 Tết %s, last day of the lunar year %s, Giỗ Tổ Hùng Vương %s', (year, tet, eve, hungKings) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(lunarNewYearsEve(year)).toBe(eve);
    expect(hungKingsDay(year)).toBe(hungKings);
  });

  it('agrees with the days the 2025 and 2026 notices give off', () => {
    const labelled = (days: { date: string; label: string }[], date: string) => days.find((d) => d.date === date)?.label;
    expect(labelled(VIETNAM_2025.daysOff, hungKingsDay(2025))).toBe('Giỗ Tổ Hùng Vương');
    expect(labelled(VIETNAM_2025.daysOff, lunarNewYear(2025))).toBe('Tết Nguyên đán');
    expect(labelled(VIETNAM_2026.daysOff, lunarNewYearsEve(2026))).toBe('Tết Nguyên đán'); // 29 Chạp Ất Tỵ, Mon 16/02
    expect(labelled(VIETNAM_2026.daysOff, '2026-04-27')).toMatch(/^Nghỉ bù Giỗ Tổ Hùng Vương/); // 10/3 is Sun 26/04
  });

  it('is China’s calendar: Tết 2007 comes out 18/02, where Việt Nam (UTC+7) had 17/02', () => {
    expect(lunarNewYear(2007)).toBe('2007-02-18');
  });
});
