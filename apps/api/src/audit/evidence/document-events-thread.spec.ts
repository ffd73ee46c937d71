import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDateOf, type Actor, type Organisation } from '@office/domain';
import type { EventStore, ReadAllOptions } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { documentAt, registration, step, userId } from '../../../../../test/support/document-steps';
import { startTestApp, type TestApp } from '../../../../../test/support/test-app';
import { documentPages, writeDocumentEvents } from './document-events';
import { writeInWorker } from './document-events-thread';
import { writeRegisters } from './register-extract';
import { RegisterQueries } from '../../read-models/registers/register-queries';
import type { AuthenticatedUser } from '../../auth/authenticated-user';

/**
 * The events of a pack's documents and the registers written by the worker thread, on a real
 * database, are the very bytes, counts, rows and chain report the API's own thread writes: a
 * confidential document withheld from the ISO secretary, and a stream a DBA altered, included.
 */
describe('the document events of an evidence pack, in a worker thread', () => {
  let app: TestApp;
  let organisation: Organisation;
  const dirs: string[] = [];
  // The app's clock, fixed: the documents are written on the period's day, midnight or not.
  const at = new Date('2026-11-20T09:00:00+07:00');
  const today = localDateOf(at);
  const period = { from: today, to: today };
  const requester: AuthenticatedUser = { id: userId('thuky.iso'), username: 'thuky.iso', roles: ['iso_secretary'], departmentId: null };
  const viewer: Actor = { userId: requester.id, roles: requester.roles, departmentId: requester.departmentId };
  const folder = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'document-events-'));
    dirs.push(dir);
    return dir;
  };
  const filesOf = async (dir: string) => Object.fromEntries(await Promise.all((await readdir(dir)).sort().map(async (name) => [name, await readFile(join(dir, name))] as const)));

  beforeAll(async () => {
    app = await startTestApp({ clock: () => at });
    organisation = await app.platform.directory.organisation();
    await documentAt(app, 'issued');
    await step(app, 'vanthu1', '/api/documents', registration({ confidentiality: 'confidential', excerpt: 'Về việc bảo vệ bí mật nhà nước năm 2026' }));
    const altered = await documentAt(app, 'received', { excerpt: 'Về việc đề nghị hỗ trợ kinh phí sửa chữa trường học' });
    const listed = async () => Number((await app.platform.dataSource.query('SELECT count(*) AS n FROM rm_document_summaries'))[0].n);
    for (let tries = 0; tries < 300 && (await listed()) < 3; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    await app.platform.dataSource.query(
      `UPDATE event_store.events SET data = jsonb_set(data, '{excerpt}', '"sửa lén"') WHERE stream_id = $1 AND revision = 0`,
      [`document-${altered}`],
    );
  });
  afterAll(async () => {
    await app?.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  // The keyset walks (received_on, received_at, id): the order of received_at then id, each document once across pages.
  it('lists the period\'s documents a page at a time in the order they were received, each once', async () => {
    const { dataSource } = app.platform;
    const received = (await dataSource.query(
      'SELECT id FROM rm_document_summaries WHERE received_on BETWEEN $1::date AND $2::date ORDER BY received_at, id',
      [period.from, period.to],
    )) as Array<{ id: string }>;
    expect(received).toHaveLength(3);
    for (const pageSize of [1, 2]) {
      const listed: string[] = [];
      for await (const page of documentPages(dataSource, period, null, pageSize)) listed.push(...page.map((d) => d.id));
      expect(listed).toEqual(received.map((d) => d.id));
    }
  });

  it('writes the same files, counts and broken links as the API thread', async () => {
    const { eventStore: store, dataSource } = app.platform;
    const here = await folder();
    const apart = await folder();
    const inThread = {
      events: await writeDocumentEvents(here, { store, readModels: dataSource, organisation }, period, null, viewer),
      registers: await writeRegisters(here, app.api.get(RegisterQueries, { strict: false }), period, requester, { at }),
    };
    const inWorker = await writeInWorker(apart, { store, dataSource, organisation }, period, null, requester, { fromDocuments: 0, at });
    expect(inThread.events).toMatchObject({ documents: 3, withheld: 1, chains: { ok: false, streamsChecked: 3, broken: [expect.objectContaining({ revision: '0' })] } });
    expect(inThread.registers.rows).toMatchObject({ 'Sổ đăng ký văn bản đến': 2, 'Sổ đăng ký văn bản đến mật': 1 });
    expect(inWorker).toEqual(inThread);
    const [written, writtenApart] = [await filesOf(here), await filesOf(apart)];
    expect(Object.keys(writtenApart)).toEqual([
      'so-van-ban-den-mat.csv', 'so-van-ban-den-mat.xlsx', 'so-van-ban-den.csv', 'so-van-ban-den.xlsx', 'so-van-ban-di-mat.csv', 'so-van-ban-di-mat.xlsx',
      'so-van-ban-di.csv', 'so-van-ban-di.xlsx', 'su-kien.csv', 'su-kien.jsonl',
    ]);
    expect(writtenApart).toEqual(written);
    expect(written['su-kien.csv'].toString('utf8')).not.toContain('bí mật nhà nước');
  });

  it('leaves a period of fewer documents than WORKER_FROM_DOCUMENTS to the caller, having written nothing', async () => {
    const { eventStore: store, dataSource } = app.platform;
    const dir = await folder();
    expect(await writeInWorker(dir, { store, dataSource, organisation }, period, null, requester, { at })).toBeUndefined();
    expect(await writeInWorker(dir, { store, dataSource, organisation }, period, null, requester, { fromDocuments: 4, at })).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves the writing to the caller, having written nothing, when its database is not the store\'s', async () => {
    const { eventStore, dataSource } = app.platform;
    // The same positions with other event ids: what another log (an EventStoreDB, another database) would answer.
    const elsewhere: EventStore = Object.assign(Object.create(eventStore) as EventStore, {
      readAll: async (options: ReadAllOptions) => (await eventStore.readAll(options)).map((e) => ({ ...e, eventId: randomUUID() })),
    });
    const dir = await folder();
    expect(await writeInWorker(dir, { store: elsewhere, dataSource, organisation }, period, null, requester, { fromDocuments: 0, at })).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });
});
