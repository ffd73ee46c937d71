import { DEMO_ORGANISATION, ORGANISATION_STREAM } from '@office/domain';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { waitFor } from '../../../../test/support/until-passes';
import { openHarness, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { OrganisationDirectory } from './organisation-directory';

const id = (username: string) => DEMO_ORGANISATION.users.find((u) => u.username === username)!.id;
const leaderOf = async (directory: OrganisationDirectory, code: string) => (await directory.organisation()).fields.find((f) => f.code === code)!.committeeLeaderId;

/**
 * The directory's organisation kept between decisions (no org_meta round trip per decision), and
 * never trusted past a change: two directories on one database stand for two processes.
 */
describe('the organisation kept between decisions, invalidated by the changes notified', () => {
  let h: ProjectionHarness;
  let here: OrganisationDirectory;
  let elsewhere: OrganisationDirectory;
  /** Lookups of org_meta's revision made by `here` (its freshness check). */
  let revisionReads = 0;
  let changes = 0;

  /** One committee leader change of field `code`, appended and applied by `by`. */
  async function reassign(by: OrganisationDirectory, code: string, username: string): Promise<void> {
    const field = DEMO_ORGANISATION.fields.find((f) => f.code === code)!;
    const at = new Date(Date.now() - 1000).toISOString();
    changes++;
    await h.store.append(ORGANISATION_STREAM, [{
      eventId: `5b0e0b2e-0000-4000-8000-${String(changes).padStart(12, '0')}`, type: 'FieldAssigned',
      data: { code, departmentId: field.departmentId, officeLeaderId: field.officeLeaderId, committeeLeaderId: id(username), effectiveFrom: at, reason: 'Phân công lại' },
      metadata: { actorId: id('quantri'), actorRole: 'admin', correlationId: `change-${changes}`, causationId: null, occurredAt: at, schemaVersion: 1 },
    }], 'any');
    await by.catchUp();
  }

  /** Until a lookup of `here` no longer reads the revision: its LISTEN connection is up. */
  const settled = () =>
    waitFor(async () => {
      const before = revisionReads;
      await here.organisation();
      return revisionReads === before;
    }, 5_000, 'lookups that no longer read the revision', 20);

  beforeAll(async () => {
    h = await openHarness();
    const url = (h.dataSource.options as { url: string }).url;
    const counted = new Proxy(h.dataSource, {
      get(target, property, receiver) {
        if (property !== 'query') return Reflect.get(target, property, receiver);
        return (sql: string, parameters?: unknown[]) => {
          if (sql.includes('FROM org_meta')) revisionReads++;
          return target.query(sql, parameters);
        };
      },
    });
    here = new OrganisationDirectory(counted, h.store);
    elsewhere = new OrganisationDirectory(h.dataSource, h.store);
    await here.seed(DEMO_ORGANISATION, async () => 'hash');
    here.listen(url);
    elsewhere.listen(url);
  });
  afterAll(async () => {
    await here?.close();
    await elsewhere?.close();
    await h?.close();
  });

  it('reads nothing per lookup while nothing changes', async () => {
    await settled();
    const before = revisionReads;
    for (let i = 0; i < 20; i++) await here.organisation();
    expect(revisionReads).toBe(before);
  });

  it('uses a change this process applied in its very next lookup, without waiting for the notification', async () => {
    await settled();
    expect(await leaderOf(here, 'YT')).toBe(id('pho.chu.tich.vx'));
    await reassign(here, 'YT', 'chu.tich');
    expect(await leaderOf(here, 'YT')).toBe(id('chu.tich'));
  });

  it('uses a change another process applied as soon as its commit is notified, then keeps it', async () => {
    await settled();
    const before = await leaderOf(here, 'YT');
    await reassign(elsewhere, 'YT', before === id('chu.tich') ? 'pho.chu.tich.vx' : 'chu.tich');
    const after = await leaderOf(elsewhere, 'YT');
    expect(after).not.toBe(before);
    await waitFor(async () => (await leaderOf(here, 'YT')) === after, 2_000, 'the new leader seen', 20);
    await settled();
    expect(await leaderOf(here, 'YT')).toBe(after);
  });

  it('reads the revision on every lookup while its connection is lost (no stale answer), and stops once it is back', async () => {
    await settled();
    await h.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN organisation_applied' AND pid <> pg_backend_pid()`);
    // Both listeners went: until `here` notices, it may still trust what it read; after, every lookup checks.
    await waitFor(async () => {
      const before = revisionReads;
      await here.organisation();
      return revisionReads > before;
    }, 5_000, 'a lookup that reads the revision', 20);
    const leader = await leaderOf(here, 'YT');
    await reassign(elsewhere, 'YT', leader === id('chu.tich') ? 'pho.chu.tich.vx' : 'chu.tich');
    expect(await leaderOf(here, 'YT')).not.toBe(leader);
    await settled();
  });
});
