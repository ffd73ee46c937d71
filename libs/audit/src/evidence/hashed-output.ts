import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform, type TransformCallback, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const GATHER_CHARS = 256 * 1024;

/** A file of the pack as the manifest lists it. */
export interface PackedFile {
  name: string;
  sha256: string;
  size: number;
}

/** Hashes and counts every byte on its way through. */
class Digesting extends Transform {
  private readonly sha = createHash('sha256');
  size = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.sha.update(chunk);
    this.size += chunk.length;
    callback(null, chunk);
  }

  hex(): string {
    return this.sha.digest('hex');
  }
}

/**
 * A file written through a stream that computes its SHA-256 and size on the way: the manifest
 * knows every file's hash without reading anything back.
 */
export class HashedOutput {
  readonly stream: Writable;
  private readonly done: Promise<void>;
  private readonly digesting = new Digesting();
  /** Small writes are gathered into large ones: thousands of tiny chunks cost more than the bytes. */
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(
    readonly name: string,
    path: string,
  ) {
    this.stream = this.digesting;
    this.done = pipeline(this.digesting, createWriteStream(path));
    // Errors surface through finished(); keep them from being reported as unhandled meanwhile.
    this.done.catch(() => undefined);
  }

  /** Writes a chunk, waiting when the file is slower than the producer (backpressure). */
  async write(chunk: string | Buffer): Promise<void> {
    if (typeof chunk === 'string') {
      this.pending.push(chunk);
      this.pendingLength += chunk.length;
      if (this.pendingLength >= GATHER_CHARS) await this.flush();
      return;
    }
    await this.flush();
    await this.writeNow(chunk);
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    await this.writeNow(Buffer.from(text, 'utf8'));
  }

  private async writeNow(chunk: Buffer): Promise<void> {
    if (!this.stream.write(chunk)) await new Promise<void>((resolve, reject) => {
      const onDrain = () => { this.stream.off('error', onError); resolve(); };
      const onError = (error: Error) => { this.stream.off('drain', onDrain); reject(error); };
      this.stream.once('drain', onDrain);
      this.stream.once('error', onError);
    });
  }

  /**
   * Ends the stream (unless a writer that was handed `stream`, such as pdfkit or exceljs, ends it
   * itself) and answers the file's entry once it is on disk.
   */
  async finished(endIt = true): Promise<PackedFile> {
    await this.flush();
    if (endIt) this.stream.end();
    await this.done;
    return { name: this.name, sha256: this.digesting.hex(), size: this.digesting.size };
  }
}
