import { ROLE_LABELS } from '@office/audit';
import {
  daysOfScheduleWeek, formatLocalDate, hasRole, localDateOf, SCHEDULE_ENTRY_FIELD_LABELS, VIETNAM_UTC_OFFSET_MINUTES,
  type Organisation, type Role, type ScheduleEntry, type ScheduleEntryField, type ScheduleEntryTerms, type ScheduleWeekState,
} from '@office/domain';

/*
 * What the week's state looks like from outside: the public part (published weeks only, no
 * confidential entry, the leaders by name and title, each change after publication with its reason
 * and the old and new values as text) and the leaders whose weeks the schedule is.
 */

/** The leaders in the order the schedule lists them: chairman, vice chairmen, office chief, deputy chiefs. */
const LEADER_ROLES: Role[] = ['committee_chairman', 'committee_vice_chairman', 'office_chief', 'office_deputy_chief'];

export interface ScheduleLeader {
  id: string;
  name: string;
  title: string;
}

export function scheduleLeaders(organisation: Organisation): ScheduleLeader[] {
  return LEADER_ROLES.flatMap((role) =>
    organisation.users.filter((user) => hasRole(user, role)).map((user) => ({ id: user.id, name: user.fullName, title: ROLE_LABELS[role] })),
  );
}

/** "08:00" in Vietnamese time. */
export function vietnamClock(instant: string): string {
  const minutes = Math.floor((Date.parse(instant) / 60_000 + VIETNAM_UTC_OFFSET_MINUTES) % (24 * 60));
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const whenText = (instant: string) => `${vietnamClock(instant)} ${formatLocalDate(localDateOf(instant))}`;

function fieldText(field: ScheduleEntryField, terms: ScheduleEntryTerms, nameOf: (id: string) => string): string {
  switch (field) {
    case 'startsAt':
    case 'endsAt':
      return whenText(terms[field]);
    case 'chairLeaderId':
      return nameOf(terms.chairLeaderId);
    case 'leaderIds':
      return terms.leaderIds.map(nameOf).join(', ');
    case 'papers':
      return terms.papers.map((paper) => paper.title).join('; ');
    case 'confidential':
      return terms.confidential ? 'Có' : 'Không';
    default:
      return terms[field] ?? '';
  }
}

export function leaderNames(organisation: Organisation): (id: string) => string {
  const leaders = new Map(scheduleLeaders(organisation).map((leader) => [leader.id, `${leader.title} ${leader.name}`]));
  return (id) => leaders.get(id) ?? organisation.users.find((user) => user.id === id)?.fullName ?? id;
}

/** An entry as the public sees it: no ids of people, no confidential flag, its changes after publication. */
function publicEntry(entry: ScheduleEntry, nameOf: (id: string) => string) {
  const changes = entry.history
    .filter((change) => change.afterPublication)
    .map((change) => ({
      kind: change.kind,
      at: change.at,
      reason: change.reason,
      fields: change.previous
        ? change.changed.filter((field) => field !== 'confidential' && field !== 'meetingId').map((field) => ({
            field, label: SCHEDULE_ENTRY_FIELD_LABELS[field], before: fieldText(field, change.previous!, nameOf), after: fieldText(field, entry, nameOf),
          }))
        : [],
    }));
  return {
    id: entry.entryId, startsAt: entry.startsAt, endsAt: entry.endsAt, place: entry.place, content: entry.content, chair: nameOf(entry.chairLeaderId),
    leaders: entry.leaderIds.map(nameOf), attendees: entry.attendees, preparingUnit: entry.preparingUnit, papers: entry.papers.map((paper) => paper.title),
    status: entry.status, addedAfterPublication: entry.addedAfterPublication, changes,
  };
}

/** The week's public part: nothing before publication; the entries by time, confidential ones withheld. */
export function publicWeekOf(week: string, state: ScheduleWeekState | null, organisation: Organisation) {
  const days = daysOfScheduleWeek(week);
  const leaders = scheduleLeaders(organisation);
  if (!state || state.status !== 'published') return { week, days, published: false, publishedAt: null, entries: [], leaders };
  const nameOf = leaderNames(organisation);
  const entries = state.entries.filter((entry) => !entry.confidential).sort((a, b) => a.startsAt.localeCompare(b.startsAt)).map((entry) => publicEntry(entry, nameOf));
  return { week, days, published: true, publishedAt: state.publication?.at ?? null, entries, leaders };
}
