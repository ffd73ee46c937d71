import { join, resolve } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running the module `name` of the folder `dir` (the caller's `__dirname`): the
 * compiled `.js` in dist/; from the TypeScript sources (the test runner), the worker compiles its
 * modules with SWC, the compiler the tests use (decorators as tsc emits them: the read-model
 * queries are Nest providers), and resolves `@office/*` as tsconfig does.
 */
export function startModuleWorker(dir: string, name: string, options: WorkerOptions): Worker {
  if (__filename.endsWith('.js')) return new Worker(join(dir, `${name}.js`), options);
  const libs = resolve(__dirname, '../..');
  const source = `
    const Module = require('node:module'), fs = require('node:fs'), path = require('node:path');
    const { transformSync } = require('@swc/core');
    Module._extensions['.ts'] = (module, filename) => module._compile(transformSync(fs.readFileSync(filename, 'utf8'),
      { filename, jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
        module: { type: 'commonjs' } }).code, filename);
    const resolveFilename = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) {
      const alias = /^@office\\/([^/]+)(\\/.*)?$/.exec(request);
      return resolveFilename.call(this, alias ? path.join(${JSON.stringify(libs)}, alias[1], 'src', alias[2] ?? '') : request, ...rest);
    };
    require(${JSON.stringify(join(dir, `${name}.ts`))});`;
  return new Worker(source, { ...options, eval: true });
}
