import { actor } from '../../testing/document-fixtures';
import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { calendarSeedOf } from '../calendar-seed';
import type { CalendarYearCommand } from '../calendar-year.commands';
import { decideCalendarYear } from '../calendar-year.decide';
import { evolveCalendarYear, initialCalendarYearState } from '../calendar-year.state';
import { VIETNAM_2026 } from '../vietnam-2026';

/* A year's calendar (lịch làm việc): proposed, edited to its notice, approved, then opened for a new version. */

export function calendarGoldenDecisions(): GoldenDecision[] {
  const by = { actor: actor('quantri'), now: '2025-12-20T02:00:00.000Z', year: 2026 };
  const seed = calendarSeedOf(VIETNAM_2026)!;
  const commands: CalendarYearCommand[] = [
    { ...by, type: 'propose' },
    { ...by, type: 'changeDays', changes: seed.changes.slice(0, 1) },
    { ...by, type: 'approve', notice: seed.notice, provisional: false },
    { ...by, type: 'revise', reason: 'Thông báo điều chỉnh lịch nghỉ' },
  ];
  return stream(decideCalendarYear, evolveCalendarYear, initialCalendarYearState, commands);
}
