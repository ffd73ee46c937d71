import { transformFileSync } from '@swc/core';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { describeBlobStoreConformance } from '../testing/blob-store.conformance';
import { FileBlobStore } from './file-blob-store';

describeBlobStoreConformance('FileBlobStore', async () => {
  const root = await mkdtemp(join(tmpdir(), 'blob-store-'));
  const store = await FileBlobStore.open(root);
  return {
    store,
    openAnother: () => FileBlobStore.open(root),
    tamper: (sha256, bytes) => writeFile(join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256), bytes),
    leftovers: () => readdir(join(root, 'tmp')),
    teardown: () => rm(root, { recursive: true, force: true }),
  };
});

describe('FileBlobStore on disk', () => {
  it('shards files by hash and keeps strays out of the list', async () => {
    await withRoot(async (root) => {
      const store = await FileBlobStore.open(root);
      const { sha256 } = await store.put(Readable.from([Buffer.from('Tờ trình số 5/TTr-VP')]));
      expect(await readdir(join(root, sha256.slice(0, 2), sha256.slice(2, 4)))).toEqual([sha256]);
      await writeFile(join(root, sha256.slice(0, 2), 'notes.txt'), 'x');
      await mkdir(join(root, 'zz'));
      await writeFile(join(root, sha256.slice(0, 2), sha256.slice(2, 4), `${'0'.repeat(64)}`), 'in the wrong shard');
      const names: string[] = [];
      for await (const name of store.list()) names.push(name);
      expect(names).toEqual([sha256]);
      expect(store.describe()).toBe(`files under ${root}`);
    });
  });

  it('repairs a stored file of the wrong size when the right bytes are put again', async () => {
    await withRoot(async (root) => {
      const store = await FileBlobStore.open(root);
      const bytes = randomBytes(4_000);
      const { sha256 } = await store.put(Readable.from([bytes]));
      await writeFile(join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256), bytes.subarray(0, 1_000));
      expect((await store.verify(sha256)).status).toBe('mismatch');
      await store.put(Readable.from([bytes]));
      expect((await store.verify(sha256)).status).toBe('ok');
    });
  });

  it('leaves no file under a final name when the process dies mid-upload, and the next start sweeps the temporary file', async () => {
    await withRoot(async (root) => {
      const program = await compileStoreForChild(join(root, 'program'));
      const child = spawn(process.execPath, [program, root], { stdio: ['ignore', 'pipe', 'inherit'] });
      // The child writes 3 MB of an upload that never ends, says so, and waits to be killed.
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (data: Buffer) => data.toString().includes('writing') && resolve());
        child.on('exit', (code) => reject(new Error(`the child exited early (${code})`)));
      });
      const killed = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      child.kill('SIGKILL');
      expect(await killed).toBe('SIGKILL');

      const temporary = await readdir(join(root, 'tmp'));
      expect(temporary).toHaveLength(1);
      expect((await stat(join(root, 'tmp', temporary[0]))).size).toBe(3 * 1024 * 1024);
      expect(await contentFolders(root)).toEqual([]);

      // A fresh temporary file may be another process's upload in flight: a start leaves it alone.
      let store = await FileBlobStore.open(root);
      expect(await readdir(join(root, 'tmp'))).toEqual(temporary);
      const names: string[] = [];
      for await (const name of store.list()) names.push(name);
      expect(names).toEqual([]);

      const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      await utimes(join(root, 'tmp', temporary[0]), twoHoursAgo, twoHoursAgo);
      store = await FileBlobStore.open(root);
      expect(await readdir(join(root, 'tmp'))).toEqual([]);
      expect((await store.put(Readable.from([Buffer.from('sau sự cố')]))).size).toBe(Buffer.byteLength('sau sự cố'));
    });
  });
});

async function withRoot(test: (root: string) => Promise<void>): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'blob-store-'));
  try {
    await test(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The folders of the root other than `tmp`: where a file under its final name would be. */
async function contentFolders(root: string): Promise<string[]> {
  return (await readdir(root)).filter((name) => name !== 'tmp' && name !== 'program');
}

/**
 * The store's own sources compiled to CommonJS for a plain `node` child, which cannot load TypeScript,
 * beside a program that starts an upload that never ends.
 */
async function compileStoreForChild(folder: string): Promise<string> {
  const sources = join(__dirname, '..');
  const files = (await readdir(sources, { recursive: true })).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'));
  for (const file of files) {
    const { code } = transformFileSync(join(sources, file), { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } });
    await mkdir(dirname(join(folder, file)), { recursive: true });
    await writeFile(join(folder, file.replace(/\.ts$/, '.js')), code);
  }
  const program = join(folder, 'program.js');
  await writeFile(
    program,
    `const { Readable } = require('node:stream');
const { FileBlobStore } = require('./file/file-blob-store.js');
async function* upload() {
  for (let i = 0; i < 48; i++) yield Buffer.alloc(64 * 1024, i);
  setTimeout(() => process.stdout.write('writing\\n'), 200);
  await new Promise(() => setInterval(() => undefined, 1000));
}
FileBlobStore.open(process.argv[2]).then((store) => store.put(Readable.from(upload())));
`,
  );
  return program;
}
