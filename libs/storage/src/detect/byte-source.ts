import type { BlobStore } from '../blob-store.port';

/**
 * Random access to a file's bytes, so a detector reads only what it needs: the head, a ZIP's central
 * directory at the end, an OLE file's directory sectors. Reads past the end return fewer bytes.
 */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Buffer>;
}

/** Bytes in memory (a whole file, or only its head: detection then works from what is there). */
export function bufferSource(bytes: Buffer): ByteSource {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

/** A stored file, read by byte ranges through the store. */
export function blobSource(store: BlobStore, sha256: string, size: number): ByteSource {
  return {
    size,
    read: async (offset, length) => {
      if (length <= 0 || offset >= size) return Buffer.alloc(0);
      const stream = await store.get(sha256, { start: offset, end: Math.min(offset + length, size) - 1 });
      if (!stream) throw new Error(`the stored file ${sha256} is missing`);
      const parts: Buffer[] = [];
      for await (const part of stream) parts.push(part as Buffer);
      return Buffer.concat(parts);
    },
  };
}
