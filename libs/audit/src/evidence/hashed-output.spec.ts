import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { scratchFolders } from '../../../../test/support/scratch-folders';
import { HashedOutput } from './hashed-output';

describe('HashedOutput', () => {
  const scratch = scratchFolders();

  // A pack's folder removed while the pack is written (the API stopping): the writer must fail, not wait for ever holding a pack's place.
  it('fails a write made after its file failed, instead of waiting for a drain that never comes', async () => {
    const output = new HashedOutput('su-kien.jsonl', join(scratch('hashed-output-'), 'gone', 'su-kien.jsonl'));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the file's open has failed meanwhile, with no write waiting
    const chunk = Buffer.alloc(8 * 1024 * 1024, 'a');
    await expect(output.write(chunk)).rejects.toThrow(/ENOENT/);
    await expect(output.finished()).rejects.toThrow(/ENOENT/);
  });
});
