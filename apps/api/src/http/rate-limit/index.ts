export { RateLimited, type RateLimitKey, type RateLimitOptions } from './rate-limited.decorator';
export { RateLimiter, type RateLimitPolicy } from './rate-limiter';
export { RateLimitGuard } from './rate-limit.guard';
export { TooManyRequestsException } from './too-many-requests.exception';
export { ConcurrencyCap } from './concurrency-cap';
