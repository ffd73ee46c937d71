import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const lib = (name: string) => resolve(root, `libs/${name}/src`);

// SWC (not esbuild) compiles the tests because NestJS and class-validator need decorator metadata.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    alias: {
      '@office/domain': lib('domain'),
      '@office/event-store': lib('event-store'),
      '@office/read-models': lib('read-models'),
      '@office/runtime': lib('runtime'),
      '@office/audit': lib('audit'),
      '@office/forms': lib('forms'),
      '@office/storage': lib('storage'),
      '@office/exchange': lib('exchange'),
      '@office/signatures': lib('signatures'),
    },
  },
  test: {
    include: ['apps/**/*.spec.ts', 'libs/**/*.spec.ts', 'scripts/**/*.spec.ts', 'test/**/*.e2e.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/fresh-process.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Files in one worker share its module registry: NestJS, TypeORM, pdfkit, exceljs, the AWS SDK
    // and the product's own modules are compiled and imported once per worker instead of once per
    // file (that import was most of the suite's time). Nothing process-wide may therefore leak from
    // one file to the next: fresh-process.ts puts it back before each file.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
