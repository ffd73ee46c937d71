import { DEMO_ORGANISATION, ORGANISATION_STREAM } from '@office/domain';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { openHarness, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { createFirstAdmin } from './first-admin';
import { OrganisationDirectory } from './organisation-directory';
import { applyOrganisationEvents } from './organisation.projection';

const id = (username: string) => DEMO_ORGANISATION.users.find((u) => u.username === username)!.id;
const tables = async (h: ProjectionHarness) => ({
  users: await h.dataSource.query('SELECT * FROM org_users ORDER BY id'),
  fields: await h.dataSource.query('SELECT * FROM org_fields ORDER BY code'),
  changes: await h.dataSource.query('SELECT * FROM org_changes ORDER BY revision'),
});

/** The organisation's tables as the projection of the stream `organisation`, on real PostgreSQL. */
describe('OrganisationDirectory and the organisation projection', () => {
  let h: ProjectionHarness;
  let directory: OrganisationDirectory;
  beforeAll(async () => {
    h = await openHarness();
    directory = new OrganisationDirectory(h.dataSource, h.store);
    await directory.seed(DEMO_ORGANISATION, async () => 'hash');
  });
  afterAll(async () => h?.close());

  it('seeds the demo organisation as events once, and the tables are their projection', async () => {
    const events = await h.store.readStream(ORGANISATION_STREAM);
    expect(events).toHaveLength(DEMO_ORGANISATION.departments.length + DEMO_ORGANISATION.users.length + DEMO_ORGANISATION.fields.length);
    await directory.seed(DEMO_ORGANISATION, async () => 'hash');
    expect(await h.store.readStream(ORGANISATION_STREAM)).toHaveLength(events.length);
    expect(await directory.organisation()).toEqual({ ...DEMO_ORGANISATION, users: DEMO_ORGANISATION.users.map(({ email: _e, ...u }) => u).sort((a, b) => a.username.localeCompare(b.username)), departments: [...DEMO_ORGANISATION.departments].sort((a, b) => a.code.localeCompare(b.code)), fields: [...DEMO_ORGANISATION.fields].sort((a, b) => a.code.localeCompare(b.code)) });
  });

  it('applies each event once: applied again (by the projector after the API) nothing changes', async () => {
    const before = await tables(h);
    const events = await h.store.readStream(ORGANISATION_STREAM);
    await h.dataSource.transaction((tx) => applyOrganisationEvents(events, tx));
    expect(await tables(h)).toEqual(before);
  });

  it('answers any instant from the history rows: a field moved later shows its former leader before', async () => {
    const vx = id('pho.chu.tich.vx');
    const field = DEMO_ORGANISATION.fields.find((f) => f.code === 'YT')!;
    const at = new Date().toISOString();
    await h.store.append(ORGANISATION_STREAM, [{
      eventId: '5b0e0b2e-0000-4000-8000-000000000001', type: 'FieldAssigned',
      data: { code: 'YT', departmentId: field.departmentId, officeLeaderId: field.officeLeaderId, committeeLeaderId: id('chu.tich'), effectiveFrom: at, reason: 'Tạm giao' },
      metadata: { actorId: id('quantri'), actorRole: 'admin', correlationId: 'x', causationId: null, occurredAt: at, schemaVersion: 1 },
    }], 'any');
    await directory.catchUp();
    const earlier = new Date(Date.parse(at) - 1).toISOString();
    expect((await directory.organisation(earlier)).fields.find((f) => f.code === 'YT')!.committeeLeaderId).toBe(vx);
    expect((await directory.organisation()).fields.find((f) => f.code === 'YT')!.committeeLeaderId).toBe(id('chu.tich'));
    expect((await directory.organisation('2019-12-31T00:00:00Z')).fields).toEqual([]);
    const [change] = await directory.changes({ kind: 'field', key: 'YT' });
    expect(change).toMatchObject({ type: 'FieldAssigned', reason: 'Tạm giao', actor: { name: 'Quách Minh Khoa' }, validFrom: at, validTo: null });
  });

  it('makes a first administrator only in an empty organisation', async () => {
    await expect(createFirstAdmin(directory, { username: 'admin', fullName: 'Quản trị', password: 'Một mật khẩu dài' }, async () => 'h')).rejects.toMatchObject({ rule: 'FIRST_ADMIN_EXISTS' });
  });
});
