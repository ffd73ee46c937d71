import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { LOGIN_ATTEMPTS_PER_ADDRESS, LOGIN_FAILURES_PER_USERNAME } from '../../../apps/api/src/auth/auth.controller';
import { useTestApp, type TestApp } from '../../support/test-app';

const login = (app: TestApp, username: string, password: string) => app.request('POST', '/api/auth/login', { body: { username, password } });

/**
 * Issue 18 §2: 200 wrong passwords used to answer 401 in 5.8 s and the right one worked at once.
 * Two instances of the product share one database, as behind a load balancer: the counters are in it.
 * The second also believes a reverse proxy on 127.0.0.1 (TRUSTED_PROXIES): a request without
 * X-Forwarded-For comes from the socket's address there too, so both count 127.0.0.1 as one client.
 */
describe('hardening: login throttling with counters in PostgreSQL', () => {
  const first = useTestApp();
  const second = useTestApp(() => ({ databaseUrl: first.platform.databaseUrl, trustedProxies: ['127.0.0.1'] }));

  it('answers 429 with Retry-After once a username has had its failures, even for the right password, whichever instance is asked', async () => {
    const failures = LOGIN_FAILURES_PER_USERNAME.limit;
    const wrong = await Promise.all(Array.from({ length: failures }, (_, i) => login(i % 2 ? first : second, 'vanthu2', `wrong-${i}`)));
    expect(wrong.map((r) => r.status)).toEqual(Array(failures).fill(401));
    for (const app of [first, second]) {
      const right = await login(app, 'VANTHU2', 'demo');
      expect(right.status).toBe(429);
      expect(right.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
      const retryAfter = Number(right.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(LOGIN_FAILURES_PER_USERNAME.windowSeconds);
    }
  });

  it('clears a username\'s failures when its password is given', async () => {
    for (let i = 0; i < LOGIN_FAILURES_PER_USERNAME.limit - 1; i++) expect((await login(first, 'vanthu1', 'wrong')).status).toBe(401);
    expect((await login(second, 'vanthu1', 'demo')).status).toBe(200);
    for (let i = 0; i < LOGIN_FAILURES_PER_USERNAME.limit - 1; i++) expect((await login(first, 'vanthu1', 'wrong')).status).toBe(401);
    expect((await login(first, 'vanthu1', 'demo')).status).toBe(200);
  });

  it('answers 429 to one client address beyond its attempts, whatever the usernames', async () => {
    // The two tests above spent some of this address's attempts already; count what is left.
    const statuses: number[] = [];
    for (let i = 0; i <= LOGIN_ATTEMPTS_PER_ADDRESS.limit; i++) statuses.push((await login(i % 2 ? first : second, `nobody-${i}`, 'x')).status);
    const throttled = statuses.indexOf(429);
    expect(throttled).toBeGreaterThan(0);
    expect(statuses.slice(0, throttled).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(throttled).every((s) => s === 429)).toBe(true);
    const last = await login(first, 'vanthu1', 'demo');
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeLessThanOrEqual(LOGIN_ATTEMPTS_PER_ADDRESS.windowSeconds);
  });

  it('counts each client named by X-Forwarded-For behind a trusted reverse proxy on its own, not the proxy as one client', async () => {
    // The proxy's own address is throttled by now (the test above): its clients are not.
    const from = (address: string, i: number) => second.request('POST', '/api/auth/login', { body: { username: `nobody-${i}`, password: 'x' }, headers: { 'X-Forwarded-For': address } });
    const limit = LOGIN_ATTEMPTS_PER_ADDRESS.limit;
    for (let i = 0; i < limit; i++) expect((await from('203.0.113.7', i)).status).toBe(401);
    expect((await from('203.0.113.7', limit)).status).toBe(429);
    expect((await from('198.51.100.9', 0)).status).toBe(401);
  });
});
