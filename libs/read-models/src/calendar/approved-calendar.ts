import {
  calendarYearOfVersion, calendarYearStreamName, evolveCalendarYear, initialCalendarYearState, VIETNAM_CALENDAR, VIETNAM_CALENDAR_YEARS, workingCalendarOf,
  type CalendarYear, type CalendarYearEvent, type CalendarYearState, type WorkingCalendar,
} from '@office/domain';
import type { EventStore } from '@office/event-store';

/** How often a process looks for a version approved by another process. */
export const CALENDAR_POLL_MS = 10_000;

/**
 * A year's calendar (lịch làm việc) folded from its stream, exact (no read model in between): a
 * year is a few dozen events, and what a deadline is given must be what was approved, not what a
 * projection has reached so far.
 */
export async function readCalendarYear(store: EventStore, year: number): Promise<{ state: CalendarYearState; revision: bigint | null }> {
  const events = await store.readStream(calendarYearStreamName(year));
  const state = (events as unknown as CalendarYearEvent[]).reduce(evolveCalendarYear, initialCalendarYearState);
  return { state, revision: events.length > 0 ? events[events.length - 1].revision : null };
}

/** Each year's last approved version, from the first shipped year on, until a year neither approved nor shipped (WorkingCalendar needs consecutive years). */
export async function loadApprovedCalendar(store: EventStore): Promise<WorkingCalendar> {
  const shipped = new Set(VIETNAM_CALENDAR_YEARS.map((y) => y.year));
  const approved: CalendarYear[] = [];
  for (let year = VIETNAM_CALENDAR_YEARS[0].year; ; year++) {
    const { state } = await readCalendarYear(store, year);
    const last = state.versions[state.versions.length - 1];
    if (last) approved.push(calendarYearOfVersion(year, last));
    else if (!shipped.has(year)) break;
  }
  return workingCalendarOf(approved, VIETNAM_CALENDAR_YEARS);
}

export interface ApprovedCalendarLog {
  log(message: string): void;
  warn(message: string): void;
}

/**
 * The working calendar one process computes with, shared by the API (its `CalendarInForce`
 * provider) and the projector: each year's last approved version, the years shipped with the
 * code where none is approved. Loaded at start; refreshed at once in the process that approves,
 * and by a short poll in the others. A poll, not LISTEN/NOTIFY: it reads a handful of small
 * streams by their index every 10 s, needs no connection of its own and cannot miss a signal; a
 * deadline computed in those seconds records the version it used, so it is still exact about
 * what it was computed with.
 */
export class ApprovedCalendar {
  private calendar: WorkingCalendar = VIETNAM_CALENDAR;
  private loaded = false;
  private readonly listeners = new Set<(calendar: WorkingCalendar) => void>();
  private timer?: NodeJS.Timeout;
  private refreshing?: Promise<void>;

  constructor(
    private readonly store: EventStore,
    private readonly logger: ApprovedCalendarLog = { log: () => undefined, warn: () => undefined },
  ) {}

  current(): WorkingCalendar {
    return this.calendar;
  }

  /** Called with each new calendar (the reference data of the web, the process-wide holder). */
  onChange(listener: (calendar: WorkingCalendar) => void): void {
    this.listeners.add(listener);
  }

  /** Loads now (the shipped years stay in force when the store cannot be read), then polls. */
  async start(pollMs = CALENDAR_POLL_MS): Promise<void> {
    await this.refresh().catch((error: unknown) => this.logger.warn(`calendar not loaded, the shipped years are used: ${String(error)}`));
    this.timer = setInterval(() => void this.refresh().catch((error: unknown) => this.logger.warn(`calendar refresh failed: ${String(error)}`)), pollMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Reads the approved versions again (one refresh at a time; a caller during one waits for it). */
  refresh(): Promise<void> {
    this.refreshing ??= this.load().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async load(): Promise<void> {
    const next = await loadApprovedCalendar(this.store);
    // The first load is always taken: a version 1 bears its shipped year's label, not necessarily its days.
    if (this.loaded && next.version === this.calendar.version) return;
    this.loaded = true;
    this.logger.log(`working calendar now ${next.version} (was ${this.calendar.version})`);
    this.calendar = next;
    for (const listener of this.listeners) listener(next);
  }
}
