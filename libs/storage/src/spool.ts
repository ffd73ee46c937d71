import { createHash } from 'node:crypto';
import { open, rm, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { BlobTooLargeError, type StoredBlob } from './blob-store.port';

/** Bytes gathered before a write: fewer, larger writes than the 16–64 KB chunks a network stream brings. */
const WRITE_BATCH = 1024 * 1024;

/**
 * Writes a stream to `path` while hashing it with SHA-256 and counting its bytes, then fsyncs it: the
 * name of content-addressed bytes is known only once they are all read, so they wait in a temporary
 * file. Past `maxBytes` the stream is abandoned with `BlobTooLargeError`; on any failure the file is
 * removed, so a refused upload leaves nothing behind. One write is in flight while the next batch is
 * read and hashed, so hashing and disk overlap.
 */
export async function spoolToFile(content: Readable, path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<StoredBlob> {
  const hash = createHash('sha256');
  let size = 0;
  const file = await open(path, 'wx');
  let writing: Promise<void> = Promise.resolve();
  let batch: Buffer[] = [];
  let batched = 0;
  const flush = async () => {
    await writing;
    const bytes = Buffer.concat(batch, batched);
    batch = [];
    batched = 0;
    writing = writeAll(file, bytes);
    writing.catch(() => undefined); // awaited at the next flush: a failure meanwhile is not unhandled
  };
  try {
    for await (const chunk of content) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > maxBytes) throw new BlobTooLargeError(maxBytes);
      hash.update(bytes);
      batch.push(bytes);
      batched += bytes.length;
      if (batched >= WRITE_BATCH) await flush();
    }
    await flush();
    await writing;
    await file.sync();
    await file.close();
    return { sha256: hash.digest('hex'), size };
  } catch (error) {
    await writing.catch(() => undefined);
    await file.close().catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
}

async function writeAll(file: FileHandle, bytes: Buffer): Promise<void> {
  for (let written = 0; written < bytes.length; ) written += (await file.write(bytes, written)).bytesWritten;
}
