import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TooManyRequestsException } from './too-many-requests.exception';

/** At most `limit` hits in a window of `windowSeconds` that opens with the first hit. */
export interface RateLimitPolicy {
  limit: number;
  windowSeconds: number;
}

/** Counters older than this are deleted; no policy uses a longer window. */
const PURGE_AFTER_SECONDS = 86_400;
const PURGE_EVERY_MS = 3_600_000;

/**
 * Counters in PostgreSQL (`api_rate_limit_counters`, one row per bucket and key), so that every
 * API instance and cluster worker counts against the same limit. One upsert per hit: the increment
 * and the check are atomic, so a burst of parallel requests cannot slip past the limit. A window
 * opens with a key's first hit (no shared boundary at which every key's count resets at once) and
 * follows the database's clock, shared by all instances.
 */
@Injectable()
export class RateLimiter {
  private lastPurge = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit on `bucket`/`key`; throws TooManyRequestsException (429, Retry-After) beyond the limit. */
  async hit(bucket: string, key: string, policy: RateLimitPolicy): Promise<void> {
    const rows: Array<{ hits: number; retry_after: number }> = await this.dataSource.query(
      `INSERT INTO api_rate_limit_counters AS c (bucket, key, window_start, hits) VALUES ($1, $2, clock_timestamp(), 1)
       ON CONFLICT (bucket, key) DO UPDATE SET
         hits = CASE WHEN c.window_start + make_interval(secs => $3) <= clock_timestamp() THEN 1 ELSE c.hits + 1 END,
         window_start = CASE WHEN c.window_start + make_interval(secs => $3) <= clock_timestamp() THEN clock_timestamp() ELSE c.window_start END
       RETURNING c.hits, ceil(extract(epoch FROM c.window_start + make_interval(secs => $3) - clock_timestamp()))::int AS retry_after`,
      [bucket, key.slice(0, 300), policy.windowSeconds],
    );
    await this.purgeOccasionally();
    const { hits, retry_after } = rows[0];
    if (hits > policy.limit) throw new TooManyRequestsException(Math.max(1, retry_after));
  }

  /** Forgets the hits of `bucket`/`key` (a successful login clears its username's failures). */
  async reset(bucket: string, key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM api_rate_limit_counters WHERE bucket = $1 AND key = $2', [bucket, key.slice(0, 300)]);
  }

  private async purgeOccasionally(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now;
    await this.dataSource.query('DELETE FROM api_rate_limit_counters WHERE window_start < now() - make_interval(secs => $1)', [PURGE_AFTER_SECONDS]);
  }
}
