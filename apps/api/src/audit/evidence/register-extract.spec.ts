import { describe, expect, it } from 'vitest';
import { periodExtract } from './register-extract';

describe('a register extract for a period', () => {
  it('keeps the rows dated in the period and the undated numbers (voided, reserved) between its first and last, so no gap shows', () => {
    const rows = [
      { number: 1, day: '2026-02-27' },
      { number: 2, day: '2026-03-02' },
      { number: 3, day: null },
      { number: 4, day: '2026-03-31' },
      { number: 5, day: null },
      { number: 6, day: '2026-04-01' },
    ];
    const extract = periodExtract(rows, (r) => r.day, { from: '2026-03-01', to: '2026-03-31' });
    expect(extract.map((r) => r.number)).toEqual([2, 3, 4]);
    expect(periodExtract(rows, (r) => r.day, { from: '2026-05-01', to: '2026-05-31' })).toEqual([]);
  });
});
