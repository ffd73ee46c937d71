import { expect as jestExpect } from '@jest/globals';

type Expect = typeof jestExpect;

/** A matcher chain whose failures start with `message`: `.not`, `.resolves` and `.rejects` keep it. */
function labelled<T extends object>(chain: T, message: string): T {
  return new Proxy(chain, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (name === 'not' || name === 'resolves' || name === 'rejects') return labelled(value as object, message);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const prefix = (error: unknown) => {
          if (error instanceof Error) error.message = `${message}\n\n${error.message}`;
          return error;
        };
        try {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result instanceof Promise ? result.catch((error: unknown) => { throw prefix(error); }) : result;
        } catch (error) {
          throw prefix(error);
        }
      };
    },
  });
}

/**
 * jest's `expect` with vitest's optional second argument: `expect(value, 'what is checked')` names
 * the value in the failure, which loops over many cases need to say which case failed.
 */
export const expect = Object.assign(
  (actual: unknown, message?: string) => (message === undefined ? jestExpect(actual) : labelled(jestExpect(actual), message)),
  jestExpect,
) as unknown as Expect & (<T>(actual: T, message?: string) => ReturnType<Expect>);
