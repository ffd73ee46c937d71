import { DelegationQueries } from '@office/read-models';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { useMigratedPlatform } from '../../../../test/support/test-app';
import { PROJECTIONS } from '../../../projector/src/projections';
import { catchUp } from '../../../projector/src/testing/projection-harness';
import { generateDemoDelegations } from './demo-delegations';

const OPTIONS = { now: '2026-05-20T03:00:00.000Z', seed: 7 };

describe('demo signing delegations through the command handler', () => {
  const platform = useMigratedPlatform('demo_delegations');
  let first: Awaited<ReturnType<typeof generateDemoDelegations>>;

  beforeAll(async () => {
    first = await generateDemoDelegations(platform, OPTIONS);
    await catchUp({ store: platform.eventStore, dataSource: platform.dataSource, close: async () => undefined }, PROJECTIONS, 500);
  }, 300_000);

  it('records a KT., a TUQ. and a TL., all in force on the demo’s day, and adds nothing when run again', async () => {
    expect(first.errors).toEqual([]);
    expect(first.steps).toBe(3);
    const live = await new DelegationQueries(platform.dataSource).list({ at: OPTIONS.now, status: 'in_force' });
    expect(live.map((d) => d.kind).sort()).toEqual(['KT', 'TL', 'TUQ']);
    const again = await generateDemoDelegations(platform, OPTIONS);
    expect(again.errors).toEqual([]);
    const [{ n }] = await platform.dataSource.query(`SELECT count(*)::int AS n FROM event_store.events WHERE type LIKE 'Delegation%'`);
    expect(n).toBe(3);
  });
});
