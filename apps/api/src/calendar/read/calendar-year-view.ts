import {
  calendarVersionInForce, entriesOf, sortedDays, VIETNAM_CALENDAR_YEARS, type CalendarVersion, type CalendarYearState, type Organisation,
} from '@office/domain';

/** A version as the routes answer it: who approved it by id and name. */
export function versionView(version: CalendarVersion, organisation: Organisation) {
  const { approvedBy, ...rest } = version;
  return { ...rest, approvedBy: { id: approvedBy, name: organisation.users.find((u) => u.id === approvedBy)?.fullName ?? null } };
}

/**
 * The calendar of `year` in force at `at`: the version approved last before it, else the year
 * shipped with the code (what the product computed with before any approval), else none.
 */
export function inForceView(year: number, state: CalendarYearState, at: string, organisation: Organisation) {
  const version = calendarVersionInForce(state, at);
  if (version) {
    const view = versionView(version, organisation);
    return { origin: 'approved' as const, label: version.label, provisional: version.provisional, source: `${version.notice.symbol}, ${version.notice.issuer}`, version: view, days: version.days };
  }
  const shipped = VIETNAM_CALENDAR_YEARS.find((y) => y.year === year);
  if (!shipped) return null;
  return { origin: 'shipped' as const, label: shipped.version, provisional: shipped.version.endsWith('-provisional'), source: shipped.source, version: null, days: entriesOf(shipped) };
}

/** The days being edited, when a draft is open. */
export function draftView(state: CalendarYearState) {
  return state.status === 'draft' ? { reason: state.revisionReason, days: sortedDays(state.days) } : null;
}
