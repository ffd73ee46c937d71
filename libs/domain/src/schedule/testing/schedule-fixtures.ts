import { DEMO_ORGANISATION } from '../../organisation';
import { actor, userId, vn } from '../../testing/document-fixtures';
import { deciderSpec } from '../../testing/given-when-then';
import type { CancelScheduleEntry, DraftScheduleEntry, PublishScheduleWeek, ReviseScheduleEntry, ScheduleCommand } from '../schedule.commands';
import type { ScheduleContext } from '../schedule.context';
import { decideScheduleWeek } from '../schedule.decide';
import type { ScheduleEvent } from '../schedule.events';
import { evolveScheduleWeek, initialScheduleWeekState } from '../schedule.state';

/*
 * Fixtures for the schedule decider's tests (test code only; not exported from the package): week
 * 2026-W49 (Mon 30/11 – Sun 6/12/2026), kept by cv.th1 (Phòng Tổng hợp) and published by chanh.vp;
 * the chairman chairs the Monday meeting, with the vice chairman for the economy attending.
 */

export { actor, userId, vn };

export const CONTEXT: ScheduleContext = { organisation: DEMO_ORGANISATION };
export const givenWeek = deciderSpec({ decide: decideScheduleWeek, evolve: evolveScheduleWeek, initialState: initialScheduleWeekState }, CONTEXT);

export const WEEK = '2026-W49';
export const ENTRY_ID = '3c1a7e52-0000-4000-8000-0000000000a1';
export const OTHER_ENTRY_ID = '3c1a7e52-0000-4000-8000-0000000000a2';

export const T = {
  drafted: vn('2026-11-26', '10:00'),
  published: vn('2026-11-27', '16:00'),
  changed: vn('2026-11-30', '07:30'),
} as const;

type With<C> = Partial<Omit<C, 'type'>>;
const onWeek = (username: string, now: string) => ({ week: WEEK, actor: actor(username), now });

export const TERMS = {
  startsAt: vn('2026-11-30', '08:00'),
  endsAt: vn('2026-11-30', '11:30'),
  place: 'Phòng họp số 1, trụ sở UBND tỉnh',
  content: 'Họp UBND tỉnh thường kỳ tháng 11/2026',
  chairLeaderId: userId('chu.tich'),
  leaderIds: [userId('pho.chu.tich.kt')],
  attendees: 'Thủ trưởng các sở, ban, ngành',
  preparingUnit: 'Văn phòng UBND tỉnh',
  papers: [{ documentId: null, title: 'Báo cáo tình hình kinh tế - xã hội tháng 11/2026' }],
  confidential: false,
  meetingId: null,
};

export const cmd = {
  draft: (o: With<DraftScheduleEntry> = {}): ScheduleCommand => ({ type: 'draft', ...onWeek('cv.th1', T.drafted), entryId: ENTRY_ID, ...TERMS, ...o }),
  revise: (o: With<ReviseScheduleEntry> = {}): ScheduleCommand => ({
    type: 'revise', ...onWeek('cv.th1', T.changed), entryId: ENTRY_ID, entryVersion: 1, ...TERMS, place: 'Hội trường tầng 3, trụ sở UBND tỉnh', ...o,
  }),
  cancel: (o: With<CancelScheduleEntry> = {}): ScheduleCommand => ({ type: 'cancel', ...onWeek('cv.th1', T.changed), entryId: ENTRY_ID, entryVersion: 1, ...o }),
  publish: (o: With<PublishScheduleWeek> = {}): ScheduleCommand => ({ type: 'publish', ...onWeek('chanh.vp', T.published), ...o }),
};

/** The events the commands cause, each decided on the state the earlier ones left. */
export function weekHistory(...commands: ScheduleCommand[]): ScheduleEvent[] {
  const events: ScheduleEvent[] = [];
  for (const command of commands) events.push(...decideScheduleWeek(command, events.reduce(evolveScheduleWeek, initialScheduleWeekState), CONTEXT));
  return events;
}
