// @ts-check
/**
 * Compiles the ES-module-only packages of node_modules to CommonJS for jest's module loader, but
 * only inside the test workers. In jest's main process (global-setup) Node itself loads them with
 * require(esm); compiled code would break there, because Node still reads such a file as an ES
 * module (its package says "type": "module") and finds no `exports`.
 */
const { createTransformer } = require('@swc/jest');

const swc = createTransformer({ jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } });
const inWorker = () => process.env.JEST_WORKER_ID !== undefined;

/** An ES module may declare its own `__dirname`/`__filename`, which CommonJS already defines: rename them. */
function withoutCommonJsNames(src) {
  return src.replace(/\b(const|let|var)\s+(__dirname|__filename)\b/.test(src) ? /\b(__dirname|__filename)\b/g : /$^/, '$1_esm');
}

module.exports = {
  process: (src, filename, options) => (inWorker() ? swc.process(withoutCommonJsNames(src), filename, options) : { code: src }),
  getCacheKey: (src, filename, options) => `${swc.getCacheKey(src, filename, options)}-${inWorker() ? 'worker' : 'main'}-2`,
};
