import type { CalendarYear } from './calendar-year';
import type { CalendarNotice } from './calendar-day-kinds';
import { changesBetween, entriesOf } from './calendar-versions';
import type { ChangeCalendarDays } from './calendar-year.commands';
import { proposeCalendarDays } from './calendar-proposal';

/**
 * What each year shipped with the code was approved on, for the seed that records it through the
 * commands (propose, change the days to the shipped data, approve). 2026: the relay of TB
 * 9441/TB-BNV that was actually read (its own date is not in research/). 2027: no notice exists
 * yet (research/calendar-2026-2027.md), so it is approved provisional on the Labour Code alone.
 */
export const BUILT_IN_NOTICES: Readonly<Record<number, { notice: CalendarNotice; provisional: boolean }>> = {
  2025: { notice: { symbol: '6150/TB-BLĐTBXH', date: '2024-12-03', issuer: 'Bộ Lao động - Thương binh và Xã hội' }, provisional: false },
  2026: { notice: { symbol: '109/TB-UBND (chuyển Thông báo 9441/TB-BNV của Bộ Nội vụ)', date: '2025-11-06', issuer: 'UBND thành phố Cần Thơ' }, provisional: false },
  2027: { notice: { symbol: 'Bộ luật Lao động 45/2019/QH14, Điều 111.3 và 112', date: '2019-11-20', issuer: 'Quốc hội' }, provisional: true },
};

/** The seed of one shipped year: the edits from the proposal to the shipped data, and what to approve it on. */
export function calendarSeedOf(year: CalendarYear): { changes: ChangeCalendarDays['changes']; notice: CalendarNotice; provisional: boolean } | null {
  const approval = BUILT_IN_NOTICES[year.year];
  if (!approval) return null;
  const changes = changesBetween(proposeCalendarDays(year.year), entriesOf(year));
  return { changes, ...approval };
}
