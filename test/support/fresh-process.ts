import { VIETNAM_CALENDAR } from '@office/domain';
import { setCalendarInForce } from '@office/read-models';
import { beforeAll } from 'vitest';

/*
 * Run before every test file (vitest.config.mts `setupFiles`). With `isolate: false` the files of a
 * worker share one process and its modules, so what one file's apps set process-wide would reach
 * the next. Each file starts as in a fresh process: the calendar in force is the shipped years
 * (an API's CalendarInForce, a projector's ApprovedCalendar, set it from their store).
 */
beforeAll(() => {
  setCalendarInForce(VIETNAM_CALENDAR);
});
