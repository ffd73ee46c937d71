import { describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { DEFAULT_PASSWORD_COST, hashPassword, needsRehash, verifyPassword } from './password';

describe('password hashes', () => {
  it('uses scrypt N=2^17 by default, which needs more than Node\'s default maxmem', async () => {
    // One production-cost hash in the whole suite: N=2^17, r=8 takes 128 MiB.
    const stored = await hashPassword('đúng');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('đúng', stored)).toBe(true);
    expect(needsRehash(stored)).toBe(false);
    expect(DEFAULT_PASSWORD_COST).toBe(17);
  });

  it('asks for a rehash of a hash made with other parameters, or unreadable', async () => {
    const cheap = await hashPassword('demo', 10);
    expect(await verifyPassword('demo', cheap)).toBe(true);
    expect(await verifyPassword('other', cheap)).toBe(false);
    expect(needsRehash(cheap)).toBe(true);
    expect(needsRehash(cheap, 10)).toBe(false);
    expect(needsRehash('md5$abc')).toBe(true);
    expect(await verifyPassword('demo', 'md5$abc')).toBe(false);
  });
});
