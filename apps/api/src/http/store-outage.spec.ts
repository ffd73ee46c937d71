import { afterEach, describe, it, jest } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { StoreOutage } from './store-outage';

interface Line {
  level: string;
  message: { summary: string; unavailableSeconds?: number; answered503?: number; requestId?: string; error?: string };
}

function recording() {
  const lines: Line[] = [];
  const logger = {
    log: (message: Line['message']) => lines.push({ level: 'log', message }),
    warn: (message: Line['message']) => lines.push({ level: 'warn', message }),
    error: (message: Line['message']) => lines.push({ level: 'error', message }),
  };
  return { lines, logger };
}

const request = (n: number) => ({ id: `req-${n}`, method: 'POST', url: '/api/documents?x=1' });

describe('StoreOutage: one warning per outage, a count, one line when the store is back', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('warns at the first 503, counts the others silently, and reports the outage once the store answers', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
    let now = 1_000_000;
    let storeUp = false;
    const { lines, logger } = recording();
    const outage = new StoreOutage(() => (storeUp ? Promise.resolve() : Promise.reject(new Error('ECONNREFUSED'))), logger, () => now, 1_000);

    // The first waited 400 ms for its connection: the outage counts from its arrival.
    for (let n = 0; n < 250; n++) outage.refused(request(n), new Error('Connection terminated unexpectedly'), n === 0 ? 400 : 5_000);
    expect(lines).toEqual([{ level: 'warn', message: expect.objectContaining({ summary: expect.stringContaining('store unavailable'), requestId: 'req-0', error: 'Connection terminated unexpectedly' }) }]);

    now += 3_000;
    await jest.advanceTimersByTimeAsync(3_000);
    expect(lines).toHaveLength(1);

    storeUp = true;
    now += 9_000;
    await jest.advanceTimersByTimeAsync(1_000);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toEqual({ level: 'warn', message: { summary: 'store unavailable for 12.4 s, 250 requests answered 503', unavailableSeconds: 12.4, answered503: 250 } });
    expect(lines.some((line) => line.level === 'error')).toBe(false);

    // Over: the store is no longer tried, and the next outage starts its own count.
    await jest.advanceTimersByTimeAsync(5_000);
    expect(lines).toHaveLength(2);
    outage.refused(request(999), new Error('gone again'));
    outage.back();
    expect(lines.map((line) => line.message.summary)).toEqual([
      expect.stringContaining('store unavailable:'),
      'store unavailable for 12.4 s, 250 requests answered 503',
      expect.stringContaining('store unavailable:'),
      'store unavailable for 0 s, 1 requests answered 503',
    ]);
  });

  it('says nothing when the store is back without having been away, and stops trying when closed', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
    const probe = jest.fn(() => Promise.reject(new Error('away')));
    const { lines, logger } = recording();
    const outage = new StoreOutage(probe, logger, Date.now, 1_000);
    outage.back();
    expect(lines).toEqual([]);
    outage.refused(request(1), new Error('away'));
    await jest.advanceTimersByTimeAsync(2_000);
    expect(probe).toHaveBeenCalledTimes(2);
    outage.stop();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(probe).toHaveBeenCalledTimes(2);
  });
});
