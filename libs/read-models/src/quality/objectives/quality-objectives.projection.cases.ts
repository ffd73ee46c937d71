import { qualityObjectivesStreamName } from '@office/domain';
import { OBJECTIVES_2026, POLICY_2026, qualityObjectivesHistory } from '@office/domain/quality/testing/quality-objectives-history';
import { userId } from '@office/domain/testing/document-fixtures';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import {
  applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness,
} from '../../../../../apps/projector/src/testing/projection-harness';
import type { ScenarioEvent } from '../../../../../apps/projector/src/testing/scenario';
import { qualityObjectivesProjection } from './quality-objectives.projection';

const TABLES = [{ table: 'rm_quality_objectives', orderBy: 'year' }];
const chief = userId('chanh.vp');

/** 2026 set, then set again with one objective less; 2027 set ahead of its year. */
function scenario(): ScenarioEvent[] {
  const set2026 = qualityObjectivesHistory().map(({ stream, type, data }) => ({ stream, type, data: data as unknown as JsonObject, actorId: data.by }));
  const again = (year: number, objectives: typeof OBJECTIVES_2026, at: string): ScenarioEvent => ({
    stream: qualityObjectivesStreamName(year), type: 'QualityObjectivesSet', actorId: chief,
    data: { year, policy: POLICY_2026, objectives, by: chief, at } as unknown as JsonObject,
  });
  return [...set2026, again(2027, OBJECTIVES_2026.slice(0, 2), '2026-11-20T02:00:00.000Z'), again(2026, OBJECTIVES_2026.slice(1), '2026-06-01T02:00:00.000Z')];
}

describe(qualityObjectivesProjection.name, () => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, qualityObjectivesProjection, scenario(), TABLES);
  });
  afterAll(async () => h?.close());

  it('keeps one row per year: the last setting, with how many times it was set', () => {
    expect(live.rm_quality_objectives.map((r) => [r.year, r.state.revision, r.state.objectives.map((o: { code: string }) => o.code)])).toEqual([
      [2026, 2, ['MT-02', 'MT-03', 'MT-04', 'MT-05']],
      [2027, 1, ['MT-01', 'MT-02']],
    ]);
  });

  it('gives the same rows when every event is applied a second time', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, qualityObjectivesProjection, log);
    await applyDirectly(h, qualityObjectivesProjection, log.slice(1));
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });

  it.each([1, 500])('rebuilds from zero in batches of %i to exactly the rows built live', async (batch) => {
    await resetProjection(h, qualityObjectivesProjection, ['rm_quality_objectives']);
    await catchUp(h, [qualityObjectivesProjection], batch);
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });
});
