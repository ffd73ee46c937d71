import { expect as jestExpect } from '@jest/globals';

/*
 * jest's `expect`, as the tests wrote it for vitest:
 * - a second argument names the check: `expect(actual, 'what this checks')` puts it before jest's
 *   failure message (jest's own expect refuses a second argument); `.not`, `.resolves` and `.rejects` keep it;
 * - an asymmetric matcher (`expect.any(Date)`, `expect.objectContaining({…})`) stands where a value of any
 *   type is expected, e.g. inside a list of typed events (jest types it as a matcher object).
 */
type JestExpect = typeof jestExpect;
type AsymmetricName = 'any' | 'anything' | 'arrayContaining' | 'arrayOf' | 'closeTo' | 'objectContaining' | 'stringContaining' | 'stringMatching';
type InverseName = Exclude<AsymmetricName, 'any' | 'anything'>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a matcher stands for a value of the type around it, as vitest typed it
type StandsForAnyValue<F> = F extends (...args: infer A) => unknown ? (...args: A) => any : never;

type Expect = Omit<JestExpect, AsymmetricName | 'not'> & { [K in AsymmetricName]: StandsForAnyValue<JestExpect[K]> } & {
  not: Omit<JestExpect['not'], InverseName> & { [K in InverseName]: StandsForAnyValue<JestExpect['not'][K]> };
} & (<T = unknown>(actual: T, message?: string) => ReturnType<typeof jestExpect<T>>);

function withMessage<T extends object>(matchers: T, message: string): T {
  return new Proxy(matchers, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key === 'not' || key === 'resolves' || key === 'rejects') return withMessage(value as object, message);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          const result: unknown = value.apply(target, args);
          return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(named(error, message))) : result;
        } catch (error) {
          throw named(error, message);
        }
      };
    },
  });
}

function named(error: unknown, message: string): unknown {
  if (!(error instanceof Error)) return error;
  const original = error.message;
  error.message = `${message}\n\n${original}`;
  if (error.stack?.includes(original)) error.stack = error.stack.replace(original, error.message);
  return error;
}

function expectWithMessage(actual: unknown, message?: string) {
  const matchers = jestExpect(actual);
  return message === undefined ? matchers : withMessage(matchers, message);
}

export const expect = Object.assign(expectWithMessage, jestExpect) as unknown as Expect;
