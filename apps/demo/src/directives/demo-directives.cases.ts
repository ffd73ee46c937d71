import { beforeAll, describe, it } from '@jest/globals';
import { lastWritten } from '../../../../test/support/database';
import { expect } from '../../../../test/support/expect';
import { directiveOutcomeSql } from '../../../../libs/read-models/src/directives/task-register/directive-outcome-sql';
import { useMigratedPlatform } from '../../../../test/support/test-app';
import { PROJECTIONS } from '../../../projector/src/projections';
import { catchUp } from '../../../projector/src/testing/projection-harness';
import { generateDemoDirectives, type DemoDirectivesOptions } from './demo-directives';
import { DEMO_MEETINGS, DEMO_OTHER_TASKS } from './directive-texts';

/** The demo as of Wed 20/5/2026 (Hà Nội): its meetings from early March on. */
const OPTIONS: DemoDirectivesOptions = { now: '2026-05-20T03:00:00.000Z', seed: 7 };
/** The sessions of session-plan.ts: three, the concluded one giving one task. */
const SESSIONS = 3;
const TASKS = DEMO_MEETINGS.filter((m) => m.notice === 'issued').reduce((n, m) => n + m.directives.length, 0) + DEMO_OTHER_TASKS.length + 1;

describe('demo directives through the command handlers', () => {
  const platform = useMigratedPlatform('demo_directives');
  let first: Awaited<ReturnType<typeof generateDemoDirectives>>;
  const query = <T = Record<string, number>>(sql: string, params: unknown[] = []): Promise<T[]> => platform.dataSource.query(sql, params);

  beforeAll(async () => {
    first = await generateDemoDirectives(platform, OPTIONS);
    await catchUp({ store: platform.eventStore, dataSource: platform.dataSource, close: async () => undefined }, PROJECTIONS, 500);
  });

  it('takes every planned step without a refusal: eight meetings, about thirty tasks', () => {
    expect(first.errors).toEqual([]);
    expect(first.failed).toBe(0);
    expect(first.meetings).toBe(DEMO_MEETINGS.length + SESSIONS);
    expect(TASKS).toBeGreaterThanOrEqual(30);
    expect(first.tasks).toBe(TASKS);
  });

  it('appends every event at its historical time, within the last ten weeks', async () => {
    const [span] = await query<{ first: string; last: string; late: number }>(
      `SELECT min((metadata->>'occurredAt')::timestamptz)::text AS first, max((metadata->>'occurredAt')::timestamptz)::text AS last,
              count(*) FILTER (WHERE (metadata->>'occurredAt')::timestamptz > $1::timestamptz)::int AS late
         FROM event_store.events WHERE stream_id LIKE 'meeting-%' OR stream_id LIKE 'directive-%'`,
      [OPTIONS.now],
    );
    expect(span.late).toBe(0);
    expect(Date.parse(OPTIONS.now) - Date.parse(span.first)).toBeGreaterThan(60 * 86_400_000);
  });

  it('has notices issued, one drafted late, one awaiting approval, one not drafted; tasks of every source and every step', async () => {
    const statuses = await query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM rm_meetings GROUP BY status ORDER BY status`);
    expect(Object.fromEntries(statuses.map((s) => [s.status, s.n]))).toEqual({ issued: 7, drafted: 1, held: 2, convened: 1 });
    const [late] = await query(`SELECT count(*)::int AS n FROM event_store.events WHERE type = 'ConclusionNoticeDrafted' AND (data->>'late')::boolean`);
    expect(late.n).toBe(1);
    const sources = (await query<{ kind: string }>(`SELECT DISTINCT data->'source'->>'kind' AS kind FROM event_store.events WHERE type = 'DirectiveRegistered'`)).map((r) => r.kind);
    expect(sources.sort()).toEqual(['conclusion_notice', 'decision', 'leader_instruction', 'official_letter']);
    const types = (await query<{ type: string }>(`SELECT DISTINCT type FROM event_store.events WHERE stream_id LIKE 'directive-%'`)).map((r) => r.type);
    expect(types).toEqual(expect.arrayContaining([
      'DirectiveRegistered', 'DirectiveChased', 'DirectiveProgressReported', 'DirectiveCompletionReported', 'DirectiveCompletionAccepted',
      'DirectiveDeadlineExtended', 'DirectiveObstacleReported', 'DirectiveCancelled',
    ]));
  });

  it('has three sessions: one upcoming with half its papers sent, one held with a late paper and an approved absence, one with its notice issued', async () => {
    const sessions = await query<{ status: string; papers_total: number; papers_unsent: number; papers_late: number }>(
      `SELECT status, papers_total, papers_unsent, papers_late FROM rm_meetings WHERE kind IS NOT NULL ORDER BY held_on DESC`,
    );
    expect(sessions).toEqual([
      { status: 'convened', papers_total: 2, papers_unsent: 1, papers_late: 0 },
      { status: 'held', papers_total: 2, papers_unsent: 0, papers_late: 1 },
      { status: 'issued', papers_total: 1, papers_unsent: 0, papers_late: 0 },
    ]);
    const [approved] = await query(`SELECT count(*)::int AS n FROM event_store.events WHERE type = 'SessionAbsenceDecided' AND (data->>'approved')::boolean`);
    expect(approved.n).toBe(1);
  });

  it('shows each of the four outcomes in the task register as of the demo’s today', async () => {
    const outcomes = await query<{ outcome: string | null; n: number }>(
      `SELECT ${directiveOutcomeSql('$1::date')} AS outcome, count(*)::int AS n FROM rm_directives d GROUP BY 1`,
      [OPTIONS.now.slice(0, 10)],
    );
    const counted = Object.fromEntries(outcomes.map((o) => [o.outcome ?? 'closed', o.n]));
    for (const outcome of ['done_on_time', 'done_late', 'not_done_in_time', 'not_done_overdue']) expect(counted[outcome], outcome).toBeGreaterThanOrEqual(3);
    expect(counted.closed).toBe(1);
    const [{ n }] = await query(`SELECT count(*)::int AS n FROM rm_directives`);
    expect(n).toBe(TASKS);
  });

  it('adds nothing when run again with the same day and seed', async () => {
    const before = await lastWritten(platform.dataSource);
    const again = await generateDemoDirectives(platform, OPTIONS);
    expect(again.failed).toBe(0);
    expect(await lastWritten(platform.dataSource)).toBe(before);
  });
});
