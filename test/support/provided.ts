/*
 * What global setup hands to the test files (vitest called it provide/inject). Jest runs each file in a
 * worker process started after global setup, so the hand-over is the environment the workers inherit.
 */
export interface ProvidedContext {
  /** Connection string of a PostgreSQL server the tests may create databases on. */
  pgAdminUrl: string;
  /** This run's mark in the names of template databases (database.ts `createTestDatabaseFrom`). */
  pgTemplateRun: string;
  /** The run's Chromium (chromium.ts `connectChromium`); empty when the run selected no browser test. */
  chromiumEndpoint: string;
}

const variable = (key: keyof ProvidedContext) => `OFFICE_TEST_${key.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`;

/** In global setup: hands `value` to every test file of the run. */
export function provide<K extends keyof ProvidedContext>(key: K, value: ProvidedContext[K]): void {
  process.env[variable(key)] = value;
}

/** In a test file: what global setup provided. */
export function inject<K extends keyof ProvidedContext>(key: K): ProvidedContext[K] {
  const value = process.env[variable(key)];
  if (value === undefined) throw new Error(`${variable(key)} is not set: run the tests with jest (jest.config.js globalSetup provides it)`);
  return value;
}
