import { describe, expect, it } from 'vitest';
import { ConcurrencyCap } from './concurrency-cap';
import { TooManyRequestsException } from './too-many-requests.exception';

describe('ConcurrencyCap', () => {
  it('refuses one more than its limit with 429 and Retry-After, and takes one again once a place is given back (once)', () => {
    const cap = new ConcurrencyCap(2, 30);
    const leaveFirst = cap.enter();
    cap.enter();
    const refused = (() => {
      try {
        cap.enter();
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(TooManyRequestsException);
    expect((refused as TooManyRequestsException).retryAfterSeconds).toBe(30);
    expect((refused as TooManyRequestsException).getStatus()).toBe(429);
    leaveFirst();
    leaveFirst();
    cap.enter();
    expect(() => cap.enter()).toThrow(TooManyRequestsException);
  });
});
