import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { Transform, type TransformCallback, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, crc32, createDeflateRaw } from 'node:zlib';

/** Text is gathered, already encoded, into chunks of this size: thousands of tiny chunks cost more than the bytes. */
const GATHER_BYTES = 256 * 1024;
/** UTF-8 needs at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for its 2). */
const MAX_UTF8_PER_UNIT = 3;

/** A file of the pack as the manifest lists it: its name, and the SHA-256 and size of its bytes. */
export interface ListedFile {
  name: string;
  sha256: string;
  size: number;
}

/** How a file lies on disk, ready to be copied into the zip as it is (`zip-writer.ts`). */
export interface ZipForm {
  /** `deflate`: the file on disk holds the raw DEFLATE stream of the bytes; `store`: the bytes themselves. */
  method: 'deflate' | 'store';
  /** CRC-32 of the bytes (not of the file on disk), as the zip's headers carry it. */
  crc32: number;
  /** Size of the file on disk: the entry's compressed size. */
  storedSize: number;
}

/** A file of the pack once written: what the manifest lists, and its zip form. */
export interface PackedFile extends ListedFile {
  zip: ZipForm;
}

/**
 * Already-compressed formats are stored as they are; everything else (CSV, JSON, text) is deflated
 * while it is written, on zlib's thread pool, so the zip only copies it (issue #12: the pack of a year).
 */
export function deflatedInZip(name: string): boolean {
  return !/\.(zip|xlsx|pdf)$/i.test(name);
}

/** What the manifest lists of a packed file (its zip form is the container's business). */
export function manifestEntry({ name, sha256, size }: ListedFile): ListedFile {
  return { name, sha256, size };
}

/** Hashes, checksums and counts every byte on its way through. */
class Digesting extends Transform {
  private readonly sha = createHash('sha256');
  size = 0;
  crc32 = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.sha.update(chunk);
    this.crc32 = crc32(chunk, this.crc32);
    this.size += chunk.length;
    callback(null, chunk);
  }

  hex(): string {
    return this.sha.digest('hex');
  }
}

/**
 * A file written through a stream that computes its SHA-256, CRC-32 and size on the way, and
 * lays it on disk in its zip form (deflated unless `deflatedInZip` says otherwise): the manifest
 * knows every file's hash, and the zip every entry's header, without reading anything back.
 */
export class HashedOutput {
  readonly stream: Writable;
  private readonly done: Promise<void>;
  private readonly digesting = new Digesting();
  private readonly file: WriteStream;
  private readonly method: ZipForm['method'];
  /**
   * Text is encoded straight into the next chunk as it comes (a year's events are ≈ 900 MB of it):
   * gathering strings and joining them copied every character once more, and left the garbage.
   */
  private gathering: Buffer | undefined;
  private gathered = 0;

  constructor(
    readonly name: string,
    path: string,
  ) {
    this.stream = this.digesting;
    this.method = deflatedInZip(name) ? 'deflate' : 'store';
    const file = (this.file = createWriteStream(path));
    // The level zip tools use by default (6): the pack's size is what it was when the zip deflated its entries.
    this.done = this.method === 'deflate'
      ? pipeline(this.digesting, createDeflateRaw({ level: constants.Z_DEFAULT_COMPRESSION }), file)
      : pipeline(this.digesting, file);
    // Errors surface through finished(); keep them from being reported as unhandled meanwhile.
    this.done.catch(() => undefined);
  }

  /** Writes a chunk, waiting when the file is slower than the producer (backpressure). */
  async write(chunk: string | Buffer): Promise<void> {
    if (typeof chunk === 'string') {
      const room = chunk.length * MAX_UTF8_PER_UNIT;
      if (this.gathered + room > GATHER_BYTES) await this.flush();
      if (room > GATHER_BYTES) return this.writeNow(Buffer.from(chunk, 'utf8'));
      this.gathering ??= Buffer.allocUnsafe(GATHER_BYTES);
      this.gathered += this.gathering.write(chunk, this.gathered, 'utf8');
      return;
    }
    await this.flush();
    await this.writeNow(chunk);
  }

  private async flush(): Promise<void> {
    if (this.gathering === undefined || this.gathered === 0) return;
    // The stream keeps the chunk until it is hashed and deflated: the next text goes into a new one.
    const chunk = this.gathering.subarray(0, this.gathered);
    this.gathering = undefined;
    this.gathered = 0;
    await this.writeNow(chunk);
  }

  private async writeNow(chunk: Buffer): Promise<void> {
    if (this.stream.write(chunk)) return;
    // Until the file takes more, or until the pipeline has failed (the pack's folder removed, the disk full):
    // a stream the failure destroyed before this write sends neither 'drain' nor another 'error'.
    await Promise.race([once(this.stream, 'drain'), this.done]);
  }

  /**
   * Ends the stream (unless a writer that was handed `stream`, such as pdfkit or exceljs, ends it
   * itself) and answers the file's entry once it is on disk.
   */
  async finished(endIt = true): Promise<PackedFile> {
    await this.flush();
    if (endIt) this.stream.end();
    await this.done;
    return {
      name: this.name,
      sha256: this.digesting.hex(),
      size: this.digesting.size,
      zip: { method: this.method, crc32: this.digesting.crc32, storedSize: this.file.bytesWritten },
    };
  }
}
