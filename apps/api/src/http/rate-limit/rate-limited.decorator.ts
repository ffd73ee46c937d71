import { SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { RateLimitPolicy } from './rate-limiter';

export const RATE_LIMIT = 'office-ledger:rate-limit';

/** Whose hits are counted together: the client address, or any key drawn from the request. */
export type RateLimitKey = 'ip' | ((request: FastifyRequest) => string);

export interface RateLimitOptions extends RateLimitPolicy {
  key: RateLimitKey;
}

export interface RateLimitRule extends RateLimitOptions {
  bucket: string;
}

/**
 * Limits a route (or every route of a controller) with PostgreSQL counters shared by all API
 * instances; beyond the limit the request is answered 429 TOO_MANY_REQUESTS with Retry-After
 * before its handler, pipes or interceptors run. Example, 10 lookups a minute per client address:
 *
 *   @Public()
 *   @RateLimited('public-lookup', { limit: 10, windowSeconds: 60, key: 'ip' })
 *   @Get('api/public/dossiers/:code')
 *
 * `bucket` names the counter (two routes sharing a bucket share the limit). `key: 'ip'` counts
 * per client address (Fastify's `request.ip`: the socket's address unless the app trusts a proxy);
 * a function counts per anything else. One rule per route; the route's rule replaces its controller's.
 * For a key known only inside the handler (a username in the body), inject `RateLimiter` and
 * call `hit(bucket, key, policy)` there.
 */
export const RateLimited = (bucket: string, options: RateLimitOptions) => SetMetadata(RATE_LIMIT, { bucket, ...options } satisfies RateLimitRule);
