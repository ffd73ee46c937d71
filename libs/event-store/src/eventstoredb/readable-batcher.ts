import type { Readable } from 'node:stream';

/**
 * Turns an object-mode Readable (the client's subscription) into batches with backpressure: each `next(max)`
 * waits until at least one item is buffered, then takes what is already buffered, up to `max`. Between calls
 * nothing is read, so the stream's buffer fills up to its highWaterMark, `pipe` pauses the gRPC stream and
 * HTTP/2 flow control stops the server: a slow projector never makes the process buffer the whole log.
 */
export class ReadableBatcher<T> {
  private ended = false;
  private failed = false;
  private failure: unknown;
  private waiter: (() => void) | undefined;

  constructor(private readonly readable: Readable) {
    const wake = () => this.wake();
    readable.on('readable', wake);
    readable.on('end', () => { this.ended = true; wake(); });
    readable.on('close', () => { this.ended = true; wake(); });
    readable.on('error', (error: unknown) => {
      if (!this.failed) { this.failed = true; this.failure = error; }
      wake();
    });
  }

  /** At least one and at most `max` items; null once the stream has ended (or `stop()` was called); throws its error. */
  async next(max: number): Promise<T[] | null> {
    for (;;) {
      const batch: T[] = [];
      while (batch.length < max) {
        const item = this.readable.destroyed ? null : (this.readable.read() as T | null);
        if (item === null) break;
        batch.push(item);
      }
      if (batch.length > 0) return batch; // deliver what arrived before an error/end first: it is valid and in order
      if (this.failed) throw this.failure;
      if (this.ended) return null;
      await new Promise<void>((resolve) => { this.waiter = resolve; });
    }
  }

  /** Makes a pending and every later `next` return null. */
  stop(): void {
    this.ended = true;
    this.wake();
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.();
  }
}
