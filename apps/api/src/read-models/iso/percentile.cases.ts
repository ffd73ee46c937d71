import { describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { percentileOf } from '@office/read-models';

/** Expanded values, sorted, as PostgreSQL's percentile_cont sees them. */
function percentileCont(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = p * (sorted.length - 1);
  const lower = sorted[Math.floor(at)];
  return lower + (sorted[Math.ceil(at)] - lower) * (at - Math.floor(at));
}

describe('percentileOf a histogram', () => {
  it('equals percentile_cont over the values the histogram stands for', () => {
    const cases: Array<Array<[number, number]>> = [
      [[0, 2], [1, 1], [3, 1]],
      [[2, 1]],
      [[5, 3], [0, 4], [2, 0], [9, 1]],
      [[0, 1], [1, 1]],
    ];
    for (const histogram of cases) {
      const values = histogram.flatMap(([value, count]) => Array<number>(count).fill(value));
      for (const p of [0, 0.1, 0.5, 0.9, 1]) expect(percentileOf(histogram, p)).toBeCloseTo(percentileCont(values, p)!, 12);
    }
  });

  it('is null without values', () => {
    expect(percentileOf([], 0.5)).toBeNull();
    expect(percentileOf([[3, 0]], 0.9)).toBeNull();
  });
});
