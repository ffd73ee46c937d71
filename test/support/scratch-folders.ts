import { afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temporary folders for what a test writes to read back (a PDF for pdftotext, files to load), removed
 * after the tests of the block it is called in (jest's `afterAll`): a run leaves nothing in /tmp.
 * Answers the maker: `const scratch = scratchFolders();` then `scratch('pack-')` in a test.
 */
export function scratchFolders(): (prefix: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return (prefix) => {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    made.push(folder);
    return folder;
  };
}
