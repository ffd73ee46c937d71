import { handoverStreamName } from '@office/domain';
import { AT, DIRECTIVE, DOCUMENT, DOSSIER, HANDOVER_ID, handoverCmd, handoverHistory, userId } from '@office/domain/handover/testing/handover-fixtures';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import {
  applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness,
} from '../../../../apps/projector/src/testing/projection-harness';
import { handoversProjection } from './handovers.projection';

const OTHER = '0b6f5a3e-0000-4000-8000-0000000000f2';
const tables = [{ table: 'rm_handovers', orderBy: 'id' }];

/** Two departures decided by the real rules: cv.kt1's, handed over, signed and released; cv.kt2's, just recorded. */
function scenario() {
  const released = handoverHistory(
    handoverCmd.record(), handoverCmd.reassign(DOCUMENT.key), handoverCmd.reassign(DOSSIER.key, 'cv.kt1'), handoverCmd.paper(DIRECTIVE.key),
    handoverCmd.sign('cv.kt1'), handoverCmd.sign('tp.kt'), handoverCmd.release(),
  );
  const open = handoverHistory(handoverCmd.record({ handoverId: OTHER, userId: userId('cv.kt2'), receiverId: userId('cv.kt1'), held: [DOCUMENT] }));
  const stream = (id: string, events: typeof released) => events.map((e) => ({ stream: handoverStreamName(id), type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by }));
  return [...stream(HANDOVER_ID, released), ...stream(OTHER, open)];
}

describe('handovers.v1', () => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, handoversProjection, scenario(), tables);
  });
  afterAll(async () => h?.close());

  it('keeps one line per departure: who, why, how much is still held, the signatures and the release', () => {
    const row = (id: string) => live.rm_handovers.find((r) => r.id === id)!;
    expect(row(HANDOVER_ID)).toMatchObject({
      user_id: userId('cv.kt1'), kind: 'transfer', last_working_day: '2026-03-20', receiver_id: userId('cv.kt2'), decision_ref: '45/QĐ-VP', status: 'released',
      items: 3, still_held: 0, signed_by_leaver: true, signed_by_head: true,
    });
    expect(new Date(row(HANDOVER_ID).released_at as string).toISOString()).toBe(AT.signed);
    expect(row(OTHER)).toMatchObject({ user_id: userId('cv.kt2'), status: 'open', items: 1, still_held: 1, signed_by_leaver: false, released_at: null });
  });

  it('gives the same rows when every event is applied a second time', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, handoversProjection, log);
    expect(await snapshotAll(h, tables)).toEqual(live);
  });

  it('rebuilds from zero to exactly the rows built live', async () => {
    await resetProjection(h, handoversProjection, ['rm_handovers']);
    await catchUp(h, [handoversProjection], 2);
    expect(await snapshotAll(h, tables)).toEqual(live);
  });
});
