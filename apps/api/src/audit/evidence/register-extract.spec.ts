import { describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { PeriodExtract } from './register-extract';

describe('a register extract for a period', () => {
  const rows = [
    { number: 1, day: '2026-02-27' },
    { number: 2, day: '2026-03-02' },
    { number: 3, day: null },
    { number: 4, day: '2026-03-31' },
    { number: 5, day: null },
    { number: 6, day: '2026-04-01' },
  ];
  const march = { from: '2026-03-01', to: '2026-03-31' };

  it('keeps the rows dated in the period and the undated numbers (voided, reserved) between its first and last, so no gap shows', () => {
    expect(new PeriodExtract<(typeof rows)[number]>((r) => r.day, march).take(rows).map((r) => r.number)).toEqual([2, 3, 4]);
    expect(new PeriodExtract<(typeof rows)[number]>((r) => r.day, { from: '2026-05-01', to: '2026-05-31' }).take(rows)).toEqual([]);
  });

  it('gives the same extract when the rows come in slices, an undated number waiting across a slice', () => {
    const extract = new PeriodExtract<(typeof rows)[number]>((r) => r.day, march);
    const taken = [rows.slice(0, 3), rows.slice(3, 5), rows.slice(5)].flatMap((slice) => extract.take(slice));
    expect(taken.map((r) => r.number)).toEqual([2, 3, 4]);
  });
});
