// @ts-check
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { createTransformer: createSwcTransformer } = require('@swc/jest');

/*
 * @swc/jest, except for the ES-module-only packages in jest's parent process. Test workers run every
 * module through jest's CommonJS runtime, so those packages must be compiled to CommonJS there. Global
 * setup instead runs under Node's own `require`, which loads a package marked "type": "module" as ES
 * module whatever was compiled (require(esm), Node ≥ 20.19): there the package is handed over as it is.
 */
const inWorker = () => process.env.JEST_WORKER_ID !== undefined;
const isPackage = (filename) => /[\\/]node_modules[\\/]/.test(filename);
/**
 * An ES module that makes its own `__dirname`/`__filename` (from import.meta.url) would declare them twice
 * once compiled to CommonJS: its declaration is renamed, and jest's wrapper gives the same values.
 */
const ownPaths = /^(\s*)(?:const|let|var) (__dirname|__filename)\s*=/gm;
const withoutOwnPaths = (source) => source.replace(ownPaths, '$1const $2OfModule =');

/** In the cache key: a change here recompiles what it changed. */
const ownVersion = createHash('sha1').update(readFileSync(__filename)).digest('hex');

module.exports = {
  createTransformer(options) {
    const swc = createSwcTransformer(options);
    // A package's stack frames are not ours to read: its compiled code carries no source map, which is
    // ~10 % of the CPU each test file spends compiling and evaluating NestJS, TypeORM, fastify… anew.
    const swcForPackages = createSwcTransformer({ ...options, sourceMaps: false });
    const native = (filename) => !inWorker() && isPackage(filename);
    const transformerOf = (filename) => (isPackage(filename) ? swcForPackages : swc);
    return {
      ...swc,
      process: (source, filename, jestOptions) => {
        if (native(filename)) return { code: source };
        return transformerOf(filename).process(isPackage(filename) ? withoutOwnPaths(source) : source, filename, jestOptions);
      },
      getCacheKey: (source, filename, ...rest) => `${transformerOf(filename).getCacheKey(source, filename, ...rest)}:${ownVersion}${native(filename) ? ':native' : ''}`,
    };
  },
};
