import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { progressLine } from './progress-bar';

describe('progressLine', () => {
  it('shows the bar, events done of total, the rate and the time left', () => {
    expect(progressLine({ phase: 'reading', done: 250_000, total: 1_000_000, elapsedMs: 10_000 }, 10)).toBe(
      'reading                    [###-------]  25 %  250,000/1,000,000 events  25,000 events/s  ETA 30 s',
    );
  });

  it('never passes 100 % when events arrive during the rebuild, and shows only the rate when the total is unknown', () => {
    expect(progressLine({ phase: 'catching up', done: 1_050, total: 1_000, elapsedMs: 2_000 }, 4)).toContain('[####] 100 %');
    expect(progressLine({ phase: 'reading', done: 5_000, total: null, elapsedMs: 90_000 })).toBe('reading                    5,000 events  56 events/s  1 min 30 s');
  });
});
