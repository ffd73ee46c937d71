import { handoverStreamName } from '@office/domain';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { useMigratedPlatform } from '../../../../test/support/test-app';
import { HandoverQueries } from '@office/read-models';
import { PROJECTIONS } from '../../../projector/src/projections';
import { catchUp } from '../../../projector/src/testing/projection-harness';
import { generateDemoDirectives } from '../directives/demo-directives';
import { generateDemoHandovers } from './demo-handover';

/** The demo as of Wed 20/5/2026 (Hà Nội), after the directives' demo: what its follow-up specialists hold is what they hand over. */
const OPTIONS = { now: '2026-05-20T03:00:00.000Z', seed: 7 };

describe('demo hand-overs through the command handlers', () => {
  const platform = useMigratedPlatform('demo_handovers');
  let first: Awaited<ReturnType<typeof generateDemoHandovers>>;

  beforeAll(async () => {
    await generateDemoDirectives(platform, OPTIONS);
    first = await generateDemoHandovers(platform, OPTIONS);
    await catchUp({ store: platform.eventStore, dataSource: platform.dataSource, close: async () => undefined }, PROJECTIONS, 500);
  }, 300_000);

  it('takes every planned step: one hand-over released, one in progress with something still held', async () => {
    expect(first.errors).toEqual([]);
    expect(first.failed).toBe(0);
    const { items } = await new HandoverQueries(platform.dataSource).list();
    expect(items.map((h) => [h.status, h.signedByLeaver, h.signedByHead])).toEqual([['open', false, false], ['released', true, true]]);
    const [open, released] = items;
    expect(released).toMatchObject({ stillHeld: 0 });
    expect(released.items).toBeGreaterThan(0);
    expect(open.stillHeld).toBeGreaterThan(0);
    expect(open.items - open.stillHeld).toBe(1);
  });

  it('adds nothing when run again', async () => {
    const lengths = () => Promise.all(first.handovers.map(async (id) => (await platform.eventStore.readStream(handoverStreamName(id))).length));
    const before = await lengths();
    const again = await generateDemoHandovers(platform, OPTIONS);
    expect(again.failed).toBe(0);
    expect(again.handovers).toEqual(first.handovers);
    expect(await lengths()).toEqual(before);
  });
});
