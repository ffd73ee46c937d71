import { afterAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { createTestDatabase } from '../../support/database';
import { TcpProxy } from '../../support/tcp-proxy';
import { useTestApp } from '../../support/test-app';

const CUT_MS = 6_000;

interface LogLine {
  level: string;
  context?: string;
  message: { summary?: string; answered503?: number; unavailableSeconds?: number; status?: number; error?: string | null } | string;
}

/**
 * Issue 18 §1 and §10: while the database is away, the 503 STORE_UNAVAILABLE answers do not each
 * log an error with a stack: one warning when the outage starts, one line with its length and
 * count when the store is back.
 */
describe('the log of an outage of the database', () => {
  let proxy: TcpProxy;
  const lines: LogLine[] = [];

  // The product reaches its database through the relay.
  const app = useTestApp(async () => {
    const direct = new URL(await createTestDatabase('outage'));
    proxy = await TcpProxy.start(Number(direct.port));
    direct.port = String(proxy.port);
    return { databaseUrl: direct.toString(), logSink: (line) => lines.push(JSON.parse(line)) };
  });
  afterAll(async () => {
    await proxy?.close();
  });

  it('warns once, counts the 503s, and says how long and how many when the store is back', async () => {
    const token = await app.login('vanthu1');
    let stopped = false;
    const answers: Array<{ status: number; code?: string }> = [];
    const client = async () => {
      while (!stopped) {
        const answer = await app.request('GET', '/api/documents?pageSize=1', { token }).catch(() => ({ status: 0, body: undefined }));
        answers.push({ status: answer.status, code: answer.body?.code });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const outageLines = () => lines.filter((line) => line.context === 'StoreOutage');
    const ended = () => outageLines().filter((line) => typeof line.message === 'object' && line.message.answered503 !== undefined);
    const clients = Promise.all([client(), client()]);
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      proxy.cut();
      await new Promise((resolve) => setTimeout(resolve, CUT_MS));
      proxy.restore();
      // Until the store is reported back and answers again.
      for (let waited = 0; waited < 30_000 && (ended().length < outageLines().length - ended().length || ended().length === 0 || answers.at(-1)?.status !== 200); waited += 200) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      stopped = true;
      await clients;
    }
    // Every outage (the link may drop a pooled connection again just after) has ended before counting.
    for (let waited = 0; waited < 10_000 && ended().length * 2 < outageLines().length; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));

    const refused = answers.filter((answer) => answer.status === 503 && answer.code === 'STORE_UNAVAILABLE').length;
    const starts = outageLines().filter((line) => !ended().includes(line));
    console.log(`${answers.length} requests, ${refused} answered 503 STORE_UNAVAILABLE; outage lines: ${outageLines().map((line) => (typeof line.message === 'object' ? line.message.summary : line.message)).join(' | ')}`);
    expect(refused, 'the cut was seen').toBeGreaterThan(0);
    expect(answers.filter((answer) => answer.status >= 500 && answer.code !== 'STORE_UNAVAILABLE')).toEqual([]);
    // No error line (with its stack) for any of them: their request lines are ordinary ones.
    expect(lines.filter((line) => line.context === 'HTTP' && line.level === 'error')).toEqual([]);
    expect(starts.length).toBeGreaterThanOrEqual(1);
    expect(starts.every((line) => line.level === 'warn')).toBe(true);
    expect(ended()).toHaveLength(starts.length);
    for (const line of ended()) {
      expect(line.level).toBe('warn');
      expect((line.message as { summary: string }).summary).toMatch(/^store unavailable for \d+(\.\d)? s, \d+ requests answered 503$/);
    }
    expect(ended().reduce((sum, line) => sum + ((line.message as { answered503: number }).answered503 ?? 0), 0)).toBe(refused);
    expect(Math.max(...ended().map((line) => (line.message as { unavailableSeconds: number }).unavailableSeconds))).toBeGreaterThanOrEqual(CUT_MS / 2_000);
  });
});
