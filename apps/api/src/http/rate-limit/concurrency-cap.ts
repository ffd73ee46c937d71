import { TooManyRequestsException } from './too-many-requests.exception';

/**
 * At most `limit` at once in this process (heavy work: an evidence pack reads and zips a whole
 * period); one more is answered 429 TOO_MANY_REQUESTS with Retry-After instead of queueing.
 */
export class ConcurrencyCap {
  private running = 0;

  constructor(
    private readonly limit: number,
    private readonly retryAfterSeconds: number,
  ) {}

  /** Takes a place; answers the function that gives it back (idempotent, so every way out may call it). */
  enter(): () => void {
    if (this.running >= this.limit) throw new TooManyRequestsException(this.retryAfterSeconds);
    this.running++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.running--;
    };
  }
}
