import { DEMO_ORGANISATION, decideMeeting, evolveMeeting, initialMeetingState, meetingStreamName, type MeetingCommand, type MeetingEvent } from '@office/domain';
import { CONTEXT, vn } from '@office/domain/directives/testing/directive-fixtures';
import { PAPER_IDS, sessionCmd, sessionHistory } from '@office/domain/directives/testing/session-fixtures';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { catchUp, openHarness, type ProjectionHarness } from '../../../../../apps/projector/src/testing/projection-harness';
import { appendAll, type ScenarioEvent } from '../../../../../apps/projector/src/testing/scenario';
import { OrganisationDirectory } from '../../organisation/organisation-directory';
import { MeetingQueries } from './meeting.queries';
import { meetingsProjection } from './meetings.projection';

/*
 * Three sessions as of Thu 12/3/2026 10:00 in Hà Nội: the fixtures' session of Fri 13/3 with one paper
 * sent on time and one still unsent past its due instant (Tue 10/3 08:00); the same session held
 * with one paper sent a day late; and one of Fri 27/3 with a paper not due yet.
 */
const clock = () => new Date(vn('2026-03-12', '10:00'));
const ID = { overdue: '0b6f5a3e-0000-4000-8000-0000000000e5', held: '0b6f5a3e-0000-4000-8000-0000000000e6', upcoming: '0b6f5a3e-0000-4000-8000-0000000000e7' } as const;

const asScenario = (meetingId: string, events: readonly MeetingEvent[]): ScenarioEvent[] =>
  events.map((e) => ({ stream: meetingStreamName(meetingId), type: e.type, data: { ...e.data, ...('meetingId' in e.data ? { meetingId } : {}) } as unknown as JsonObject, actorId: e.data.by }));

function session(meetingId: string, commands: MeetingCommand[]): MeetingEvent[] {
  let state = initialMeetingState;
  return commands.flatMap((command) => {
    const decided = decideMeeting({ ...command, meetingId }, state, CONTEXT);
    state = decided.reduce(evolveMeeting, state);
    return decided;
  });
}

function scenario(): ScenarioEvent[] {
  const upcoming = session(ID.upcoming, [
    sessionCmd.convene({ startsAt: vn('2026-03-27', '08:00'), title: 'Phiên họp chuyên đề về chuyển đổi số' }),
    sessionCmd.paper({ now: vn('2026-03-11', '09:00') }),
  ]);
  return [...asScenario(ID.overdue, sessionHistory('distribute')), ...asScenario(ID.held, sessionHistory('minutes')), ...asScenario(ID.upcoming, upcoming)];
}

const ids = (page: { items: Array<{ id: string }> }) => page.items.map((m) => m.id);

describe('meetings.v1 with sessions convened beforehand (QC Art. 9.1)', () => {
  let h: ProjectionHarness;
  let meetings: MeetingQueries;

  beforeAll(async () => {
    h = await openHarness();
    await new OrganisationDirectory(h.dataSource).seed(DEMO_ORGANISATION, async () => 'not-a-password');
    await appendAll(h.store, scenario());
    await catchUp(h, [meetingsProjection], 500);
    meetings = new MeetingQueries(h.dataSource, clock);
  });
  afterAll(async () => h?.close());

  it('lists a convened session on its day, with its papers’ counts and whether some are overdue', async () => {
    const all = await meetings.list({});
    expect(ids(all)).toEqual([ID.upcoming, ID.overdue, ID.held]);
    expect(all.items.map((m) => [m.status, m.session?.papersTotal, m.session?.papersUnsent, m.session?.papersLate, m.session?.papersOverdue])).toEqual([
      ['convened', 1, 1, 0, false],
      ['convened', 2, 1, 0, true],
      ['held', 2, 0, 1, false],
    ]);
    expect(all.items[1]).toMatchObject({ heldOn: '2026-03-13', conclusion: { due: null, clock: 'pending' }, session: { kind: 'committee_session', papersDueAt: vn('2026-03-10', '08:00') } });
    expect(all.items[2].conclusion.due).toBe('2026-03-18');
  });

  it('filters the sessions whose papers are overdue (the clerk’s and office chief’s view) and those sent late', async () => {
    expect(ids(await meetings.list({ status: 'papers_overdue' }))).toEqual([ID.overdue]);
    expect(ids(await meetings.list({ status: 'papers_late' }))).toEqual([ID.held]);
    expect(ids(await meetings.list({ status: 'convened' }))).toEqual([ID.upcoming, ID.overdue]);
  });

  it('one session: its papers each with its clock (đúng hạn, muộn N ngày, quá hạn chưa gửi, chưa đến hạn), absences and attendance', async () => {
    const overdue = await meetings.byId(ID.overdue);
    expect(overdue.sessionDetail?.papers.map((p) => [p.paperId, p.clock])).toEqual([
      [PAPER_IDS[0], { kind: 'on_time', daysLate: 0 }],
      [PAPER_IDS[1], { kind: 'overdue', daysLate: 2 }],
    ]);
    const held = await meetings.byId(ID.held);
    expect(held.sessionDetail).toMatchObject({ absences: [{ decision: { approved: true } }], attendance: { entries: expect.any(Array) }, minutes: { text: expect.any(String) } });
    expect(held.sessionDetail?.papers.map((p) => p.clock.kind)).toEqual(['on_time', 'late']);
    expect((await meetings.byId(ID.upcoming)).sessionDetail?.papers[0].clock).toEqual({ kind: 'pending', daysLate: 0 });
  });
});
