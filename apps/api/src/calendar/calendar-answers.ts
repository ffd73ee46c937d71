import { arrayOf, bool, day, instant, int, named, nullable, object, oneOf, text } from '../http/open-api-schemas';

/** The answers of the calendar routes (test/e2e/hardening/open-api.cases.ts checks real answers against them). */

export const CALENDAR_WRITTEN = { id: text('the year, the stream’s id (calendar-year-<year>)'), year: int };

const ENTRY = named('CalendarEntry', object({ date: day, kind: oneOf('holiday', 'make_up_day_off', 'swapped_day_off', 'worked_weekend_day'), note: text() }));
const NOTICE = object({ symbol: text(), date: day, issuer: text() });

const VERSION = named(
  'CalendarVersion',
  object({
    version: int,
    label: text('recorded in deadlines, e.g. 2027.2 or 2027.1-provisional'),
    provisional: bool,
    notice: NOTICE,
    reason: nullable(text('why a new version of an approved year')),
    approvedAt: instant,
    approvedBy: object({ id: text(), name: nullable(text()) }),
    days: arrayOf(ENTRY),
  }),
);

/** GET /api/calendar/years/:year. */
export const CALENDAR_YEAR = object({
  year: int,
  at: instant,
  status: oneOf('none', 'draft', 'approved'),
  revision: nullable(text("the stream's revision")),
  inForce: nullable(
    object({
      origin: oneOf('approved', 'shipped'),
      label: text(),
      provisional: bool,
      source: text('the notice or the data shipped with the code'),
      version: nullable(VERSION),
      days: arrayOf(ENTRY),
    }),
  ),
  draft: nullable(object({ reason: nullable(text()), days: arrayOf(ENTRY) })),
  calendarVersion: text('the calendar this process computes deadlines with now, e.g. VN 2025.1+2026.1+2027.2'),
});

/** GET /api/calendar/years/:year/versions. */
export const CALENDAR_VERSIONS = object({ year: int, items: arrayOf(VERSION) });
