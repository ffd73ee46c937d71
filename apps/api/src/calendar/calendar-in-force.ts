import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { WorkingCalendar } from '@office/domain';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { ApprovedCalendar, setCalendarInForce } from '@office/read-models';

export { CALENDAR_POLL_MS } from '@office/read-models';

/**
 * The API's face of `ApprovedCalendar` (libs/read-models/src/calendar, shared with the projector):
 * each year's last approved version, refreshed at once after an approval here and by the poll
 * otherwise. It also sets the process-wide `calendarInForce()` the read side's queries use.
 */
@Injectable()
export class CalendarInForce implements OnModuleInit, OnModuleDestroy {
  private readonly approved: ApprovedCalendar;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.approved = new ApprovedCalendar(store, new Logger('CalendarInForce'));
    this.approved.onChange(setCalendarInForce);
  }

  /** The calendar in force now; the domain keeps taking it as a plain value. */
  current(): WorkingCalendar {
    return this.approved.current();
  }

  /** Called with each newly approved calendar (the web's reference data). */
  onChange(listener: (calendar: WorkingCalendar) => void): void {
    this.approved.onChange(listener);
  }

  onModuleInit(): Promise<void> {
    return this.approved.start();
  }

  onModuleDestroy(): void {
    this.approved.stop();
  }

  refresh(): Promise<void> {
    return this.approved.refresh();
  }
}
