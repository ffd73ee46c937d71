// @ts-check
const { readFileSync, statSync } = require('node:fs');
const { dirname, resolve } = require('node:path');
const TestSequencer = require('@jest/test-sequencer').default;

/** `import './part.cases';`: the parts a group's entry file runs (README: How the tests run). */
const PART = /^import '(\.\/[^']+\.cases)';$/gm;

/**
 * jest's order with one change. A file jest holds no duration for (every file on a fresh machine, as in
 * CI's first run) is weighed by its size with the parts it imports, not by its own: a group's entry file is
 * a few import lines, so jest would start it last, and the heaviest groups would make the run's tail.
 */
class GroupAwareSequencer extends TestSequencer {
  /** @param {import('@jest/test-result').Test[]} tests */
  sort(tests) {
    /** @type {Map<string, number>} */
    const sizes = new Map();
    const size = (/** @type {string} */ path) => sizes.get(path) ?? sizes.set(path, withParts(path)).get(path) ?? 0;
    for (const test of tests) test.duration = this.time(test);
    return tests.sort((a, b) => {
      const failedA = this.hasFailed(a);
      if (failedA !== this.hasFailed(b)) return failedA ? -1 : 1;
      // As jest: a file without a duration first (its cost is unknown), then the slowest first.
      if ((a.duration == null) !== (b.duration == null)) return a.duration == null ? -1 : 1;
      if (a.duration != null && b.duration != null) return b.duration - a.duration;
      return size(b.path) - size(a.path);
    });
  }
}

/** @param {string} path */
function withParts(path) {
  const text = readFileSync(path, 'utf8');
  let total = statSync(path).size;
  for (const [, part] of text.matchAll(PART)) total += statSync(resolve(dirname(path), `${part}.ts`)).size;
  return total;
}

module.exports = GroupAwareSequencer;
