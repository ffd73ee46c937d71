import { DEMO_ORGANISATION, DIRECTIVE_STATUSES, directiveOutcomeOn, type DirectiveOutcomeFacts } from '@office/domain';
import { userId, vn } from '@office/domain/testing/document-fixtures';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { catchUp, openHarness, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { appendAll } from '../../../../apps/projector/src/testing/scenario';
import { OrganisationDirectory } from '../organisation/organisation-directory';
import { MeetingQueries } from './meetings/meeting.queries';
import { meetingsProjection } from './meetings/meetings.projection';
import { directiveOutcomeSql } from './task-register/directive-outcome-sql';
import { DirectiveReportQueries } from './task-register/directive-reports.queries';
import { DirectiveQueries } from './task-register/directive.queries';
import { directivesProjection } from './task-register/directives.projection';
import { directivesScenario, MEETING_ID, TASK } from './testing/directives-scenario';

/** The read happens on Monday 20/4/2026 in Hà Nội. */
const clock = () => new Date(vn('2026-04-20', '10:00'));
const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);

describe('directive queries', () => {
  let h: ProjectionHarness;
  let tasks: DirectiveQueries;
  let reports: DirectiveReportQueries;

  beforeAll(async () => {
    h = await openHarness();
    await new OrganisationDirectory(h.dataSource).seed(DEMO_ORGANISATION, async () => 'not-a-password');
    await appendAll(h.store, directivesScenario());
    await catchUp(h, [directivesProjection, meetingsProjection], 500);
    tasks = new DirectiveQueries(h.dataSource, clock);
    reports = new DirectiveReportQueries(h.dataSource, clock);
  });
  afterAll(async () => h?.close());

  it('the SQL outcome agrees with the domain’s directiveOutcomeOn on every status × due date × day done × day asked', async () => {
    const cases: Array<DirectiveOutcomeFacts & { asOf: string }> = [];
    for (const status of DIRECTIVE_STATUSES)
      for (const dueDate of [null, '2026-03-31'])
        for (const doneOn of [null, '2026-03-30', '2026-03-31', '2026-04-02'])
          for (const asOf of ['2026-03-29', '2026-03-31', '2026-04-01', '2026-04-05']) cases.push({ status, dueDate, doneOn, asOf });
    const rows: Array<{ outcome: string | null }> = await h.dataSource.query(
      `SELECT ${directiveOutcomeSql('d.as_of')} AS outcome FROM json_to_recordset($1::json) AS d(n int, status text, due_date date, done_on date, as_of date) ORDER BY d.n`,
      [JSON.stringify(cases.map((c, n) => ({ n, status: c.status, due_date: c.dueDate, done_on: c.doneOn, as_of: c.asOf })))],
    );
    expect(rows.map((r) => r.outcome)).toEqual(cases.map((c) => directiveOutcomeOn(c, c.asOf)));
  });

  it('lists the register by leader, agency, outcome (as of today) and due dates', async () => {
    expect((await tasks.list({})).total).toBe(5);
    expect(ids((await tasks.list({ outcome: 'not_done_overdue' })).items)).toEqual([TASK.letter]);
    expect((await tasks.list({ outcome: 'not_done_overdue' })).items[0]).toMatchObject({ dueDate: '2026-04-15', originalDueDate: '2026-03-31', daysLate: 5 });
    expect(ids((await tasks.list({ agency: 'UBND huyện Đông Anh' })).items)).toEqual([TASK.late, TASK.fromNotice]);
    expect(ids((await tasks.list({ dueFrom: '2026-04-01', dueTo: '2026-04-30' })).items)).toEqual([TASK.letter]);
    expect((await tasks.list({ directingLeaderId: userId('pho.chu.tich.vx') })).total).toBe(0);
    const page = await tasks.list({ pageSize: 2, page: 2 });
    expect(page).toMatchObject({ page: 2, pageSize: 2, total: 5 });
    expect(page.items).toHaveLength(2);
  });

  it('one task with its state; a meeting with its notice and tasks', async () => {
    const task = await tasks.byId(TASK.fromNotice);
    expect(task).toMatchObject({ outcome: 'done_on_time', doneOn: '2026-03-30', report: { symbol: '88/BC-SKHĐT' }, source: { kind: 'conclusion_notice', symbol: '05/TB-VPUBND' } });
    expect(task.state.status).toBe('done');
    await expect(tasks.byId('0b6f5a3e-0000-4000-8000-0000000000ff')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(ids(await tasks.ofSource(MEETING_ID))).toEqual([TASK.fromNotice, TASK.periodic]);
    const meeting = await new MeetingQueries(h.dataSource, clock).byId(MEETING_ID);
    expect(meeting).toMatchObject({ status: 'issued', conclusion: { due: '2026-03-05', clock: 'on_time', symbol: '05/TB-VPUBND', directiveIds: [TASK.fromNotice, TASK.periodic] } });
  });

  it('the four outcomes per lead agency and per leader, as of the end of the period or today', async () => {
    const byAgency = await reports.outcomes({ from: '2026-03-01', to: '2026-04-30' }, 'agency');
    expect(byAgency.asOf).toBe('2026-04-20');
    expect(byAgency.groups).toEqual([
      { key: 'Sở Kế hoạch và Đầu tư', name: 'Sở Kế hoạch và Đầu tư', total: 2, done_on_time: 0, done_late: 0, not_done_in_time: 1, not_done_overdue: 1, onTimeRate: 0 },
      { key: 'UBND huyện Đông Anh', name: 'UBND huyện Đông Anh', total: 2, done_on_time: 1, done_late: 1, not_done_in_time: 0, not_done_overdue: 0, onTimeRate: 0.5 },
    ]);
    expect(byAgency.total).toMatchObject({ total: 4, done_on_time: 1, done_late: 1, not_done_in_time: 1, not_done_overdue: 1 });
    const byLeader = await reports.outcomes({ from: '2026-03-01', to: '2026-04-30' }, 'leader');
    expect(byLeader.groups).toEqual([expect.objectContaining({ key: userId('pho.chu.tich.kt'), total: 4 })]);
    // As of 31/3 the extended task was in time and the late one not yet overdue… it was done on 25/3: late.
    const march = await reports.outcomes({ from: '2026-03-01', to: '2026-03-31' }, 'field');
    expect(march).toMatchObject({ asOf: '2026-03-31', total: { total: 3, done_on_time: 1, done_late: 1, not_done_in_time: 1, not_done_overdue: 0 } });
  });

  it('the briefing section: given, due and not done, overdue by agency, closed', async () => {
    const briefing = await reports.briefing({ from: '2026-03-02', to: '2026-04-19' });
    expect(briefing.asOf).toBe('2026-04-19');
    expect(briefing.new).toHaveLength(5);
    expect(ids(briefing.dueInPeriod)).toEqual([TASK.letter]);
    expect(briefing.overdueByAgency).toEqual([{ agency: 'Sở Kế hoạch và Đầu tư', count: 1, items: [expect.objectContaining({ id: TASK.letter, daysLate: 4 })] }]);
    expect(ids(briefing.closed)).toEqual([TASK.late, TASK.fromNotice]);
  });

  it('my directives: a leader’s outcomes, a specialist’s follow-up queue', async () => {
    const leader = await tasks.mine(userId('pho.chu.tich.kt'));
    expect(leader.directing.items).toHaveLength(5);
    expect(leader.directing.outcomes).toEqual({ done_on_time: 1, done_late: 1, not_done_in_time: 1, not_done_overdue: 1 });
    expect(leader.following.items).toEqual([]);
    const specialist = await tasks.mine(userId('cv.kt1'));
    expect(specialist.following).toMatchObject({ overdue: 1, dueSoon: 0, items: [{ id: TASK.letter, outcome: 'not_done_overdue' }] });
    expect((await tasks.mine(userId('cv.kt2'))).following).toMatchObject({ overdue: 0, items: [{ id: TASK.periodic, dueSoon: false }] });
  });
});
