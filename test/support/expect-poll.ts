import { expect } from '@jest/globals';

type Matchers = ReturnType<typeof expect<unknown>>;
type PolledMatchers = { [K in Exclude<keyof Matchers, 'not' | 'resolves' | 'rejects'>]: Matchers[K] extends (...args: infer A) => unknown ? (...args: A) => Promise<void> : never } & { not: PolledMatchers };

/**
 * Polls `read` until the matcher passes or `timeout` ms have gone (then fails with the matcher's
 * last message): for what a page shows a moment after an action, where a fixed wait would be flaky.
 */
export function expectPoll<T>(read: () => T | Promise<T>, { timeout = 5_000, interval = 50 }: { timeout?: number; interval?: number } = {}): PolledMatchers {
  const polled = (negate: boolean): PolledMatchers =>
    new Proxy({} as PolledMatchers, {
      get(_, name: string) {
        if (name === 'not') return polled(!negate);
        return async (...args: unknown[]) => {
          const until = Date.now() + timeout;
          for (;;) {
            const value = await read();
            try {
              const matchers = negate ? expect(value).not : expect(value);
              (matchers as unknown as Record<string, (...a: unknown[]) => void>)[name](...args);
              return;
            } catch (error) {
              if (Date.now() >= until) throw error;
              await new Promise((resolve) => setTimeout(resolve, interval));
            }
          }
        };
      },
    });
  return polled(false);
}
