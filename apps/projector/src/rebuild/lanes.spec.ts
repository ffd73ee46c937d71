import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { Lanes } from './lanes';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('Lanes', () => {
  it('gives each lane every batch in order, a fast lane running ahead of a slow one by at most `ahead` batches', async () => {
    const applied: Record<string, number[]> = { fast: [], slow: [] };
    let widestGap = 0;
    const lanes = new Lanes(['fast', 'slow'], async (lane: string, batch: number) => {
      if (lane === 'slow') for (let i = 0; i < 5; i++) await tick();
      applied[lane].push(batch);
      widestGap = Math.max(widestGap, applied.fast.length - applied.slow.length);
    }, 2);
    for (let batch = 1; batch <= 8; batch++) await lanes.push(batch);
    await lanes.drain();
    expect(applied).toEqual({ fast: [1, 2, 3, 4, 5, 6, 7, 8], slow: [1, 2, 3, 4, 5, 6, 7, 8] });
    expect(widestGap).toBeGreaterThan(0);
    expect(widestGap).toBeLessThanOrEqual(3);
  });

  it('stops a lane at its failure, applies nothing after it on that lane, and rejects with it', async () => {
    const applied: number[] = [];
    const lanes = new Lanes(['only'], async (_lane: string, batch: number) => {
      if (batch === 2) throw new Error('batch 2 refused');
      applied.push(batch);
    }, 1);
    const pushing = (async () => {
      for (let batch = 1; batch <= 5; batch++) await lanes.push(batch);
      await lanes.drain();
    })();
    await expect(pushing).rejects.toThrow('batch 2 refused');
    await lanes.settle();
    expect(applied).toEqual([1]);
  });
});
