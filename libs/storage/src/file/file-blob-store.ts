import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { assertRange, assertSha256 } from '../blob-name';
import { isSha256, type BlobCheck, type BlobStore, type StoredBlob } from '../blob-store.port';
import { spoolToFile } from '../spool';
import { HOUR, sweepStaleFiles } from '../sweep';

const SHARD = /^[0-9a-f]{2}$/;

export interface FileBlobStoreOptions {
  /**
   * Temporary files older than this are an upload a crash abandoned and are removed at start. Younger
   * ones may be another process's upload in flight on the same folder, so they are left alone.
   */
  staleTempAfterMs?: number;
}

/**
 * The embedded store (DOMAIN.md §11): files under a root folder, named by their SHA-256 and sharded
 * two levels deep (`ab/cd/abcd…`) so no folder grows past a few thousand entries. An upload is written
 * to `<root>/tmp`, fsynced and renamed into place, then the folder is fsynced: after a crash a file is
 * either whole under its name or not there at all.
 */
export class FileBlobStore implements BlobStore {
  private constructor(
    readonly root: string,
    private readonly tmp: string,
  ) {}

  /** Creates the folders when missing and sweeps the temporary files crashed uploads left behind. */
  static async open(root: string, options: FileBlobStoreOptions = {}): Promise<FileBlobStore> {
    const absolute = resolve(root);
    const store = new FileBlobStore(absolute, join(absolute, 'tmp'));
    await mkdir(store.tmp, { recursive: true });
    await sweepStaleFiles(store.tmp, options.staleTempAfterMs ?? HOUR);
    return store;
  }

  async put(content: Readable, options: { maxBytes?: number } = {}): Promise<StoredBlob> {
    const temporary = join(this.tmp, `${randomUUID()}.part`);
    const blob = await spoolToFile(content, temporary, options.maxBytes);
    try {
      const target = this.pathOf(blob.sha256);
      const existing = await stat(target).catch(() => null);
      // Stored once: the same bytes already sit under this name. A file of another size under it was
      // damaged behind the store's back, and the fresh bytes repair it.
      if (existing?.size === blob.size) {
        await rm(temporary, { force: true });
        return blob;
      }
      const folder = join(target, '..');
      const created = await mkdir(folder, { recursive: true });
      await rename(temporary, target);
      await syncFolder(folder);
      // New shard folders are entries of their parents, which must be made durable too.
      if (created) for (const parent of [join(folder, '..'), this.root]) await syncFolder(parent);
      return blob;
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(sha256: string, range?: { start: number; end: number }): Promise<Readable | null> {
    assertSha256(sha256);
    if (range) assertRange(range);
    const file = await openIfPresent(this.pathOf(sha256));
    if (!file) return null;
    if (!range) return file.createReadStream();
    const { size } = await file.stat();
    if (range.start >= size) {
      await file.close();
      throw new RangeError(`the range ${range.start}-${range.end} starts past the end of a ${size}-byte file`);
    }
    return file.createReadStream({ start: range.start, end: Math.min(range.end, size - 1) });
  }

  async stat(sha256: string): Promise<{ size: number; storedAt: Date } | null> {
    assertSha256(sha256);
    const found = await stat(this.pathOf(sha256)).catch(ignoreMissing);
    return found ? { size: found.size, storedAt: found.mtime } : null;
  }

  async verify(sha256: string): Promise<BlobCheck> {
    assertSha256(sha256);
    const file = await openIfPresent(this.pathOf(sha256));
    if (!file) return { sha256, status: 'missing' };
    const hash = createHash('sha256');
    for await (const chunk of file.createReadStream()) hash.update(chunk as Buffer);
    const actualSha256 = hash.digest('hex');
    return actualSha256 === sha256 ? { sha256, status: 'ok' } : { sha256, status: 'mismatch', actualSha256 };
  }

  async *list(): AsyncIterable<string> {
    for (const first of await shards(this.root)) {
      for (const second of await shards(join(this.root, first))) {
        for (const name of (await readdir(join(this.root, first, second)).catch(ignoreMissing)) ?? []) {
          if (isSha256(name) && name.startsWith(first + second)) yield name;
        }
      }
    }
  }

  async delete(sha256: string): Promise<void> {
    assertSha256(sha256);
    const target = this.pathOf(sha256);
    await unlink(target).catch(ignoreMissing);
    await syncFolder(join(target, '..')).catch(ignoreMissing);
  }

  describe(): string {
    return `files under ${this.root}`;
  }

  private pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}

/** Opens a file for reading, or null when it is not there. */
async function openIfPresent(path: string): Promise<FileHandle | null> {
  return (await open(path, 'r').catch(ignoreMissing)) ?? null;
}

/** The two-hex-digit shard folders under `folder` (the `tmp` folder and strays are not shards). */
async function shards(folder: string): Promise<string[]> {
  const names = (await readdir(folder).catch(ignoreMissing)) ?? [];
  return names.filter((name) => SHARD.test(name)).sort();
}

/** Makes a rename or a new entry durable: on Linux the folder itself must be fsynced, not only the file. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function ignoreMissing(error: unknown): null {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
  throw error;
}
