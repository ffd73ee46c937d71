import { Inject, Injectable } from '@nestjs/common';
import { evolveCalendarYear, initialCalendarYearState, type CalendarYearEvent, type CalendarYearState } from '@office/domain';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { readCalendarYear } from '@office/read-models';
import type { Fold } from '../commands/command-pipeline';

export const CALENDAR_YEAR_FOLD: Fold<CalendarYearState, CalendarYearEvent> = { initialState: initialCalendarYearState, evolve: evolveCalendarYear };

/** A year's calendar folded from its stream (`readCalendarYear`, the same fold the calendar in force is loaded with). */
@Injectable()
export class CalendarYears {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  read(year: number): Promise<{ state: CalendarYearState; revision: bigint | null }> {
    return readCalendarYear(this.store, year);
  }
}
