import { decideAbsence, decideDelegation, evolveAbsence, initialAbsenceState, initialDelegationState, type AbsenceCommand, type DelegationEvent } from '@office/domain';
import { ABSENCE_ID, absenceCmd, actor, CONTEXT, userId, vn } from '@office/domain/absences/testing/absence-fixtures';
import { CONTEXT as DELEGATION_CONTEXT, DELEGATION_ID, delegationCmd } from '@office/domain/delegations/testing/delegation-fixtures';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import {
  applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness,
} from '../../../../apps/projector/src/testing/projection-harness';
import type { ScenarioEvent } from '../../../../apps/projector/src/testing/scenario';
import { delegationsProjection } from '../delegations/delegations.projection';
import { AbsenceQueries } from './absence.queries';
import { absencesProjection } from './absences.projection';

/*
 * On real PostgreSQL: cv.kt1's day off (7/12/2026) approved by the economy head; a three-day request
 * of cv.kt2 waiting for the office chief; the chairman's week away (7–11/12) recorded by the clerk
 * and the KT. the office chief then records from it; a cancelled request.
 */

const TRIP_ID = '0b6f5a3e-0000-4000-8000-0000000000b7';
const WAITING_ID = '0b6f5a3e-0000-4000-8000-0000000000c7';
const CANCELLED_ID = '0b6f5a3e-0000-4000-8000-0000000000d7';

function streamOf(commands: AbsenceCommand[]): ScenarioEvent[] {
  let state = initialAbsenceState;
  return commands.flatMap((command) => {
    const out = decideAbsence(command, state, CONTEXT);
    state = out.reduce(evolveAbsence, state);
    return out.map((e) => ({ stream: `absence-${command.absenceId}`, type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by }));
  });
}

function events(): ScenarioEvent[] {
  const delegation = decideDelegation(
    delegationCmd.record({ validFrom: '2026-12-07', validTo: '2026-12-11', now: vn('2026-12-04'), instrument: { symbol: '15/QĐ-UBND', date: '2026-12-04' }, absence: { from: '2026-12-07', to: '2026-12-11' } }),
    initialDelegationState,
    DELEGATION_CONTEXT,
  ) as DelegationEvent[];
  return [
    ...streamOf([absenceCmd.request(), absenceCmd.approve()]),
    ...streamOf([absenceCmd.leaderTrip({ absenceId: TRIP_ID })]),
    ...streamOf([absenceCmd.request({ absenceId: WAITING_ID, actor: actor('cv.kt2'), from: '2026-12-07', to: '2026-12-09' })]),
    ...streamOf([absenceCmd.request({ absenceId: CANCELLED_ID, actor: actor('cv.vx1') }), absenceCmd.cancel({ absenceId: CANCELLED_ID, actor: actor('cv.vx1') })]),
    ...delegation.map((e) => ({ stream: `delegation-${DELEGATION_ID}`, type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by })),
  ];
}

const tables = [{ table: 'rm_absences', orderBy: 'id' }];

describe('absences.v1', () => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, absencesProjection, events(), tables);
    await applyDirectly(h, delegationsProjection, await wholeLog(h.store));
  });
  afterAll(async () => h?.close());

  it('keeps one row per absence with its route and status', () => {
    expect(live.rm_absences.map((r) => [r.id, r.route, r.status, r.from_date, r.to_date])).toEqual([
      [ABSENCE_ID, 'department_head', 'approved', '2026-12-07', '2026-12-07'],
      [TRIP_ID, 'recorded', 'recorded', '2026-12-07', '2026-12-11'],
      [WAITING_ID, 'office_chief', 'requested', '2026-12-07', '2026-12-09'],
      [CANCELLED_ID, 'department_head', 'cancelled', '2026-12-07', '2026-12-07'],
    ]);
  });

  it('answers mine, what waits for whom, who is away in a period, and the delegation confirmed from a leader’s absence', async () => {
    const q = new AbsenceQueries(h.dataSource);
    expect((await q.mine(userId('cv.kt1'))).map((a) => a.id)).toEqual([ABSENCE_ID]);
    expect((await q.mine(userId('vanthu1'))).map((a) => a.id)).toEqual([TRIP_ID]);
    const viewer = (username: string) => ({ id: userId(username), ...actor(username) });
    expect((await q.awaiting(viewer('chanh.vp'))).map((a) => a.id)).toEqual([WAITING_ID]);
    expect(await q.awaiting(viewer('tp.kt'))).toEqual([]);
    const away = await q.inForceBetween('2026-12-08', '2026-12-08');
    expect(away.map((a) => [a.id, a.requester.id, a.delegationId])).toEqual([[TRIP_ID, userId('chu.tich'), DELEGATION_ID]]);
    expect((await q.inForceBetween('2026-12-01', '2026-12-31', actor('tp.kt').departmentId)).map((a) => a.id)).toEqual([ABSENCE_ID]);
    expect(await q.activeOf(userId('cv.vx1'))).toEqual([]);
    expect(await q.activeOf(userId('cv.kt2'))).toEqual([{ absenceId: WAITING_ID, from: '2026-12-07', fromHalf: 'morning', to: '2026-12-09', toHalf: 'afternoon' }]);
    await expect(q.byId('0b6f5a3e-0000-4000-8000-0000000000ff')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives the same rows when every event is applied a second time, and when rebuilt from zero', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, absencesProjection, log);
    expect(await snapshotAll(h, tables)).toEqual(live);
    await resetProjection(h, absencesProjection, ['rm_absences']);
    await catchUp(h, [absencesProjection], 1);
    expect(await snapshotAll(h, tables)).toEqual(live);
  });
});
