import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { BlobTooLargeError, type BlobStore } from '../blob-store.port';

/** What an adapter's spec hands to the suite. */
export interface BlobStoreSubject {
  /** The store under test, on empty or shared storage (every test uses bytes of its own). */
  store: BlobStore;
  /** A second, independent instance on the same storage, as another process would have. */
  openAnother?(): Promise<BlobStore>;
  /** Overwrites a stored file's bytes behind the store's back, as a failing disk or a rogue administrator would. */
  tamper(sha256: string, bytes: Buffer): Promise<void>;
  /** The temporary files the adapter has left (none once every upload has ended). */
  leftovers(): Promise<string[]>;
  teardown(): Promise<void>;
}

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * The semantics of the `BlobStore` port every adapter must have (blob-store.port.ts). Tests share one
 * storage and run in order; each stores random bytes of its own, so a shared bucket does not disturb them.
 */
export function describeBlobStoreConformance(name: string, factory: () => Promise<BlobStoreSubject>): void {
  describe(`blob store conformance: ${name}`, () => {
    let subject: BlobStoreSubject;
    let store: BlobStore;
    let second: BlobStore;

    beforeAll(async () => {
      subject = await factory();
      store = subject.store;
      second = subject.openAnother ? await subject.openAnother() : store;
    });

    afterAll(() => subject?.teardown());

    it('stores bytes under their SHA-256 and gives them back', async () => {
      const bytes = Buffer.from(`Công văn số ${randomBytes(8).toString('hex')}/UBND-VP về việc tiếp nhận hồ sơ`);
      const stored = await store.put(Readable.from([bytes]));
      expect(stored).toEqual({ sha256: sha256(bytes), size: bytes.length });
      expect(await read(await store.get(stored.sha256))).toEqual(bytes);
      const found = await second.stat(stored.sha256);
      expect(found?.size).toBe(bytes.length);
      expect(Math.abs((found?.storedAt.getTime() ?? 0) - Date.now())).toBeLessThan(10 * 60_000);
      expect(await store.verify(stored.sha256)).toEqual({ sha256: stored.sha256, status: 'ok' });
      expect(store.describe()).toMatch(/\S/);
    });

    it('stores the same bytes once, however they are chunked', async () => {
      const bytes = randomBytes(100_000);
      const first = await store.put(Readable.from([bytes]));
      const again = await second.put(Readable.from(chunks(bytes, 777)));
      expect(again).toEqual(first);
      expect((await listed(store)).filter((name) => name === first.sha256)).toHaveLength(1);
      expect(await read(await store.get(first.sha256))).toEqual(bytes);
      expect(await subject.leftovers()).toEqual([]);
    });

    it('stores an empty file', async () => {
      const stored = await store.put(Readable.from([]));
      expect(stored).toEqual({ sha256: EMPTY_SHA256, size: 0 });
      expect(await read(await store.get(EMPTY_SHA256))).toEqual(Buffer.alloc(0));
      expect((await store.stat(EMPTY_SHA256))?.size).toBe(0);
      expect((await store.verify(EMPTY_SHA256)).status).toBe('ok');
    });

    it('stores a 5 MB file streamed in small chunks', async () => {
      const bytes = randomBytes(5 * 1024 * 1024);
      const stored = await store.put(Readable.from(chunks(bytes, 64 * 1024)));
      expect(stored).toEqual({ sha256: sha256(bytes), size: bytes.length });
      const back = await read(await store.get(stored.sha256));
      expect(back.length).toBe(bytes.length);
      expect(sha256(back)).toBe(stored.sha256);
      expect((await store.verify(stored.sha256)).status).toBe('ok');
    });

    it('reads byte ranges, both ends inclusive, the end clamped to the file', async () => {
      const bytes = randomBytes(10_000);
      const { sha256: name } = await store.put(Readable.from([bytes]));
      expect(await read(await store.get(name, { start: 0, end: 0 }))).toEqual(bytes.subarray(0, 1));
      expect(await read(await store.get(name, { start: 100, end: 4_099 }))).toEqual(bytes.subarray(100, 4_100));
      expect(await read(await store.get(name, { start: 9_000, end: 9_999 }))).toEqual(bytes.subarray(9_000));
      expect(await read(await store.get(name, { start: 9_990, end: 50_000 }))).toEqual(bytes.subarray(9_990));
      await expect(store.get(name, { start: 10_000, end: 10_010 })).rejects.toThrow(RangeError);
      await expect(store.get(name, { start: 5, end: 4 })).rejects.toThrow(RangeError);
      await expect(store.get(name, { start: -1, end: 4 })).rejects.toThrow(RangeError);
      expect(await store.get(sha256(randomBytes(8)), { start: 0, end: 1 })).toBeNull();
    });

    it('refuses a file past maxBytes and keeps nothing of it', async () => {
      const bytes = randomBytes(300_000);
      const attempt = store.put(Readable.from(chunks(bytes, 16 * 1024)), { maxBytes: 100_000 });
      await expect(attempt).rejects.toBeInstanceOf(BlobTooLargeError);
      await expect(attempt).rejects.toMatchObject({ maxBytes: 100_000 });
      expect(await store.stat(sha256(bytes))).toBeNull();
      expect(await listed(store)).not.toContain(sha256(bytes));
      expect(await subject.leftovers()).toEqual([]);
      const exact = bytes.subarray(0, 100_000);
      expect(await store.put(Readable.from([exact]), { maxBytes: 100_000 })).toEqual({ sha256: sha256(exact), size: 100_000 });
    });

    it('keeps nothing of an upload whose stream fails', async () => {
      const bytes = randomBytes(50_000);
      const failing = Readable.from(
        (async function* () {
          yield bytes;
          throw new Error('the client went away');
        })(),
      );
      await expect(store.put(failing)).rejects.toThrow('the client went away');
      expect(await store.stat(sha256(bytes))).toBeNull();
      expect(await subject.leftovers()).toEqual([]);
    });

    it('stores concurrent uploads of the same bytes once, whole', async () => {
      const bytes = randomBytes(1024 * 1024);
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? second : store).put(Readable.from(chunks(bytes, 4_096 * (i + 1))))));
      expect(new Set(results.map((result) => result.sha256))).toEqual(new Set([sha256(bytes)]));
      expect(results.every((result) => result.size === bytes.length)).toBe(true);
      expect((await listed(store)).filter((name) => name === sha256(bytes))).toHaveLength(1);
      expect((await store.verify(sha256(bytes))).status).toBe('ok');
      expect(await subject.leftovers()).toEqual([]);
    });

    it('answers null and missing for bytes never stored', async () => {
      const name = sha256(randomBytes(16));
      expect(await store.get(name)).toBeNull();
      expect(await store.stat(name)).toBeNull();
      expect(await store.verify(name)).toEqual({ sha256: name, status: 'missing' });
    });

    it('finds bytes changed behind its back', async () => {
      const bytes = randomBytes(20_000);
      const { sha256: name } = await store.put(Readable.from([bytes]));
      const altered = Buffer.from(bytes);
      altered[12_345] ^= 0xff;
      await subject.tamper(name, altered);
      expect(await store.verify(name)).toEqual({ sha256: name, status: 'mismatch', actualSha256: sha256(altered) });
    });

    it('lists and deletes', async () => {
      const names = await Promise.all([1, 2, 3].map(async () => (await store.put(Readable.from([randomBytes(1_000)]))).sha256));
      expect(await listed(store)).toEqual(expect.arrayContaining(names));
      await store.delete(names[1]);
      await store.delete(names[1]);
      const after = await listed(second);
      expect(after).toEqual(expect.arrayContaining([names[0], names[2]]));
      expect(after).not.toContain(names[1]);
      expect(await store.get(names[1])).toBeNull();
      expect(await store.verify(names[1])).toEqual({ sha256: names[1], status: 'missing' });
      expect(after.every((name) => /^[0-9a-f]{64}$/.test(name))).toBe(true);
    });

    it('refuses names that are not a SHA-256', async () => {
      const upper = sha256(Buffer.from('x')).toUpperCase();
      for (const name of ['../../../etc/passwd', '', 'tmp', upper, `${EMPTY_SHA256}/../x`, EMPTY_SHA256.slice(1), `${EMPTY_SHA256}0`]) {
        await expect(store.get(name)).rejects.toThrow(TypeError);
        await expect(store.stat(name)).rejects.toThrow(TypeError);
        await expect(store.verify(name)).rejects.toThrow(TypeError);
        await expect(store.delete(name)).rejects.toThrow(TypeError);
      }
    });
  });
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The bytes in slices of `size`, as a network upload arrives. */
export function* chunks(bytes: Buffer, size: number): Generator<Buffer> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

async function read(stream: Readable | null): Promise<Buffer> {
  if (!stream) throw new Error('expected bytes, got null');
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

async function listed(store: BlobStore): Promise<string[]> {
  const names: string[] = [];
  for await (const name of store.list()) names.push(name);
  return names;
}
