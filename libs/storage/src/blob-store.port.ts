import type { Readable } from 'node:stream';

/** A file's bytes as the store knows them: content-addressed by their SHA-256 (lower-case hex). */
export type StoredBlob = { sha256: string; size: number };

/** What re-reading a stored file found: its bytes, none, or bytes that no longer hash to its name. */
export type BlobCheck = { sha256: string; status: 'ok' } | { sha256: string; status: 'missing' } | { sha256: string; status: 'mismatch'; actualSha256: string };

/** Thrown by `put` when the stream is longer than `maxBytes`; nothing is stored. */
export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the file is larger than ${maxBytes} bytes`);
    this.name = 'BlobTooLargeError';
  }
}

/**
 * The port of attachment storage (DOMAIN.md §11): a file is stored once by its SHA-256, so the hash an
 * event records names exactly the bytes attached. Every adapter passes `testing/blob-store.conformance.ts`.
 *
 * - `put` hashes while it writes and makes the file visible only whole (no reader ever sees half a
 *   file); putting bytes already stored stores nothing new and answers the same hash.
 * - `get` streams the bytes (optionally a byte range, both ends inclusive), or null when absent.
 * - `verify` re-reads and re-hashes the bytes: what integrity checks and the evidence pack rely on.
 * - `list` and `delete` exist for garbage collection only, which never deletes a referenced hash.
 */
export interface BlobStore {
  put(content: Readable, options?: { maxBytes?: number }): Promise<StoredBlob>;
  get(sha256: string, range?: { start: number; end: number }): Promise<Readable | null>;
  stat(sha256: string): Promise<{ size: number; storedAt: Date } | null>;
  verify(sha256: string): Promise<BlobCheck>;
  list(): AsyncIterable<string>;
  delete(sha256: string): Promise<void>;
  /** A one-line description for /health and logs (`files under /data/blobs`, `s3://bucket at host`). */
  describe(): string;
}

/** True for a well-formed SHA-256 name (64 lower-case hex digits): adapters refuse anything else. */
export function isSha256(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
