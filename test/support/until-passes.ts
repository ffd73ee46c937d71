/*
 * Retries an assertion until it passes: what vitest's `expect.poll(read, options).toX(y)` did, written
 * `await untilPasses(async () => expect(await read()).toX(y), options)` (jest has no poll). The same
 * defaults as vitest's poll: every 50 ms for 1 s, then one last attempt whose failure is the answer.
 */
export interface UntilPassesOptions {
  /** How long to keep retrying, in milliseconds (vitest's poll: 1000). */
  timeout?: number;
  /** The pause between attempts, in milliseconds (vitest's poll: 50). */
  interval?: number;
}

/** Taken at import, before a test may install fake timers: the retries wait in real time. */
const realSetTimeout = setTimeout;

export async function untilPasses<T>(assertion: () => T | Promise<T>, options: UntilPassesOptions | number = {}): Promise<T> {
  const { timeout = 1_000, interval = 50 } = typeof options === 'number' ? { timeout: options } : options;
  const deadline = Date.now() + timeout;
  for (;;) {
    const last = Date.now() >= deadline;
    try {
      return await assertion();
    } catch (error) {
      if (last) throw error;
    }
    await new Promise((resolve) => realSetTimeout(resolve, interval));
  }
}

/** Polls `probe` until it answers something (not null, undefined nor false); that answer. */
export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number, what: string, intervalMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => realSetTimeout(resolve, intervalMs));
  }
}
