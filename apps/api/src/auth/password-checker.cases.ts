import { loadConfig, openPlatform, type Platform } from '@office/runtime';
import { verifyPassword } from '@office/runtime/password';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { createTestDatabase } from '../../../../test/support/database';
import { TEST_PASSWORD_COST } from '../../../../test/support/test-app';
import { PasswordChecker } from './password-checker';

const storedHash = async (platform: Platform, username: string) => (await platform.directory.credentials(username))!.passwordHash;

/** Issue 18 §3: an unknown user was answered in 4.7 ms, a known one with a wrong password in 44.8 ms (the hash was skipped). */
describe('PasswordChecker', () => {
  let platform: Platform;
  /** Every password the checker hashed, with the hash it compared against; the real scrypt does the work. */
  const hashed: string[] = [];
  const counting: typeof verifyPassword = (password, stored) => {
    hashed.push(stored);
    return verifyPassword(password, stored);
  };

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: await createTestDatabase('passwords'), JWT_SECRET: 'x'.repeat(32), SEED_DEMO_ORGANISATION: 'true', SEED_DEMO_DOCUMENTS: 'false', PASSWORD_HASH_COST: String(TEST_PASSWORD_COST) });
    platform = await openPlatform(config, () => undefined);
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('runs one scrypt of the same cost for an unknown username as for a known one with a wrong password', async () => {
    const checker = new PasswordChecker(platform.directory, platform.dataSource, TEST_PASSWORD_COST, counting);
    hashed.length = 0;
    expect(await checker.check('nobody', 'demo')).toBeNull();
    expect(await checker.check('vanthu1', 'wrong')).toBeNull();
    expect(hashed).toHaveLength(2);
    const costOf = (stored: string) => stored.split('$').slice(0, 4).join('$');
    expect(costOf(hashed[0])).toBe(costOf(hashed[1]));
    expect(costOf(hashed[0])).toBe(`scrypt$${2 ** TEST_PASSWORD_COST}$8$1`);
  });

  it('rehashes a password stored with other parameters at the first successful login, and not on a failed one', async () => {
    const raised = TEST_PASSWORD_COST + 1;
    const checker = new PasswordChecker(platform.directory, platform.dataSource, raised);
    const before = await storedHash(platform, 'vanthu2');
    expect(await checker.check('vanthu2', 'wrong')).toBeNull();
    expect(await storedHash(platform, 'vanthu2')).toBe(before);
    expect(await checker.check('vanthu2', 'demo')).toMatchObject({ username: 'vanthu2' });
    const after = await storedHash(platform, 'vanthu2');
    expect(after).toMatch(new RegExp(`^scrypt\\$${2 ** raised}\\$8\\$1\\$`));
    expect(await checker.check('vanthu2', 'demo')).toMatchObject({ username: 'vanthu2' });
    expect(await storedHash(platform, 'vanthu2')).toBe(after);
  });
});
