import { Client } from 'pg';
import { TooManyRequestsException } from './too-many-requests.exception';

export interface ConcurrencyCapOptions {
  /** The first key of the advisory locks (two-key form): one space per kind of heavy work. */
  lockSpace: number;
  /** At most this many at once across every process sharing the database. */
  limit: number;
  /** Sent as Retry-After with the 429. */
  retryAfterSeconds: number;
}

/** A place taken; `leave()` gives it back (idempotent, so every way out may call it). */
export interface CapPlace {
  leave(): Promise<void>;
}

/**
 * At most `limit` at once across every API process and instance sharing one database (heavy work:
 * an evidence pack reads and zips a whole period); one more is answered 429 TOO_MANY_REQUESTS
 * with Retry-After instead of queueing. Each place is a PostgreSQL session-level advisory lock
 * `(lockSpace, slot)`, slot 0 … limit-1, held on a connection of its own for the work's duration:
 * closing the connection gives the place back, and so does PostgreSQL when the process or the
 * link dies, so a crashed worker never keeps a place.
 */
export class ConcurrencyCap {
  constructor(
    private readonly connectionString: string,
    private readonly options: ConcurrencyCapOptions,
  ) {}

  /** Takes a place, or throws TooManyRequestsException when every place is held. */
  async enter(): Promise<CapPlace> {
    // Not from the pool: a pooled connection given back would keep its lock, and the pool is for requests.
    const client = new Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5_000, keepAlive: true });
    // A connection lost mid-work already gave the place back (PostgreSQL ends the session); nothing to crash over.
    client.on('error', () => undefined);
    await client.connect();
    let left = false;
    const leave = async () => {
      if (left) return;
      left = true;
      await client.end().catch(() => undefined);
    };
    try {
      for (let slot = 0; slot < this.options.limit; slot++) {
        const { rows } = await client.query<{ taken: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS taken', [this.options.lockSpace, slot]);
        if (rows[0].taken) return { leave };
      }
    } catch (error) {
      await leave();
      throw error;
    }
    await leave();
    throw new TooManyRequestsException(this.options.retryAfterSeconds);
  }
}
