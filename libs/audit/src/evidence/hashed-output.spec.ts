import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { scratchFolders } from '../../../../test/support/scratch-folders';
import { HashedOutput } from './hashed-output';

describe('HashedOutput', () => {
  const scratch = scratchFolders();

  // Text is encoded into chunks as it comes: the bytes must be the text's UTF-8 whatever falls on a chunk's bound.
  it('writes text as UTF-8 across its chunks: Vietnamese, a surrogate pair, a lone surrogate, a text larger than a chunk, buffers between', async () => {
    const dir = scratch('hashed-output-');
    const output = new HashedOutput('su-kien.csv', join(dir, 'su-kien.csv'));
    const pieces: Array<string | Buffer> = [];
    for (let i = 0; i < 30_000; i++) pieces.push(i % 5000 === 0 ? Buffer.from(`${i},bytes\r\n`) : `${i},"Tiếp nhận, đăng ký văn bản đến" ${'ế'.repeat(i % 97)}🏛${i % 1000 === 0 ? '\uD800' : ''}\r\n`);
    pieces.push('Đ'.repeat(300_000), 'ế\r\n');
    for (const piece of pieces) await output.write(piece);
    const file = await output.finished();
    const bytes = Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece)));
    expect(file.size).toBe(bytes.length);
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(inflateRawSync(await readFile(join(dir, 'su-kien.csv'))).equals(bytes)).toBe(true);
  });

  // A pack's folder removed while the pack is written (the API stopping): the writer must fail, not wait for ever holding a pack's place.
  it('fails a write made after its file failed, instead of waiting for a drain that never comes', async () => {
    const output = new HashedOutput('su-kien.jsonl', join(scratch('hashed-output-'), 'gone', 'su-kien.jsonl'));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the file's open has failed meanwhile, with no write waiting
    const chunk = Buffer.alloc(8 * 1024 * 1024, 'a');
    await expect(output.write(chunk)).rejects.toThrow(/ENOENT/);
    await expect(output.finished()).rejects.toThrow(/ENOENT/);
  });
});
