import type { AccessStatus, OrganisationDirectory } from '@office/read-models';
import { describe, it, jest } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { AccountStatus } from './account-status';

const ACTIVE: AccessStatus = { active: true, mustChangePassword: false, roles: ['clerk'], departmentId: null };

/** A directory whose lookups stay open until `settle` is called, counting them. */
function directory() {
  const pending: Array<(status: AccessStatus | null) => void> = [];
  const failing: Array<(error: Error) => void> = [];
  const access = jest.fn(() => new Promise<AccessStatus | null>((resolve, reject) => (pending.push(resolve), failing.push(reject))));
  return {
    directory: { access } as unknown as OrganisationDirectory,
    access,
    settle: (status: AccessStatus | null) => pending.splice(0).forEach((resolve) => resolve(status)),
    fail: () => failing.splice(0).forEach((reject) => reject(new Error('connection lost'))),
  };
}

describe('AccountStatus: a person’s status read at most once per period, by one lookup', () => {
  it('lets the requests that arrive during a lookup share it', async () => {
    const d = directory();
    const accounts = new AccountStatus(d.directory, 30_000);
    const answers = Promise.all(Array.from({ length: 50 }, () => accounts.of('u1')));
    d.settle(ACTIVE);
    expect(await answers).toEqual(Array(50).fill(ACTIVE));
    expect(await accounts.of('u1')).toEqual(ACTIVE);
    expect(d.access).toHaveBeenCalledTimes(1);
  });

  it('reads again once the period is over, after `forget`, and after a failed lookup', async () => {
    const d = directory();
    const expired = new AccountStatus(d.directory, 0);
    const first = expired.of('u1');
    d.settle(ACTIVE);
    await first;
    const second = expired.of('u1');
    d.settle({ ...ACTIVE, active: false });
    expect((await second)?.active).toBe(false);
    expect(d.access).toHaveBeenCalledTimes(2);

    const kept = new AccountStatus(d.directory, 30_000);
    const looked = kept.of('u2');
    d.settle(ACTIVE);
    await looked;
    kept.forget('u2');
    const again = kept.of('u2');
    d.settle(null);
    expect(await again).toBeNull();

    const failed = kept.of('u3');
    d.fail();
    await expect(failed).rejects.toThrow('connection lost');
    const retried = kept.of('u3');
    d.settle(ACTIVE);
    expect(await retried).toEqual(ACTIVE);
    expect(d.access).toHaveBeenCalledTimes(6);
  });
});
