import { randomUUID } from 'node:crypto';
import { accessStreamName } from '@office/domain';
import type { NewEvent } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import {
  applyDirectly, catchUp, openHarness, resetProjection, snapshot, wholeLog, type JsonRow, type ProjectionHarness,
} from '../../../../apps/projector/src/testing/projection-harness';
import { auditorReadsStream } from './access-log.events';
import { listAccessLog } from './access-log.queries';
import { accessLogProjection } from './access-log.projection';

const auditor = '00000000-0000-4000-8000-000000000216';
const clerk = '00000000-0000-4000-8000-000000000212';
const doc = '0a000000-0000-4000-8000-00000000000a';

const envelope = (type: string, data: object, by: string, role: string): NewEvent => ({
  eventId: randomUUID(),
  type,
  data: data as never,
  metadata: { actorId: by, actorRole: role, correlationId: randomUUID(), causationId: null, occurredAt: (data as { at: string }).at, schemaVersion: 1 },
});

describe('access-log.v1', () => {
  let h: ProjectionHarness;
  let live: JsonRow[];
  const rows = () => snapshot(h, 'audit_access_log', 'position');

  beforeAll(async () => {
    h = await openHarness();
    await h.store.append(accessStreamName(doc), [envelope('DocumentViewed', { documentId: doc, view: 'history', because: 'auditor', by: auditor, role: 'auditor', at: '2026-03-05T02:00:00Z' }, auditor, 'auditor')], 'any');
    await h.store.append(accessStreamName(doc), [envelope('DocumentViewed', { documentId: doc, view: 'summary', because: 'confidential', by: clerk, role: 'clerk', at: '2026-03-05T18:00:00Z' }, clerk, 'clerk')], 'any');
    await h.store.append(auditorReadsStream(auditor), [envelope('AuditRecordViewed', { resource: '/api/audit/verify', query: null, because: 'auditor', by: auditor, role: 'auditor', at: '2026-03-06T03:00:00Z' }, auditor, 'auditor')], 'any');
    await h.store.append('document-x', [envelope('DocumentNoted', { at: '2026-03-06T03:00:00Z' }, clerk, 'clerk')], 'any');
    await catchUp(h, [accessLogProjection], 2);
    live = await rows();
  });
  afterAll(async () => h?.close());

  it('keeps one row per recorded read, document reads and other records alike', () => {
    expect(live.map((r) => [r.kind, r.view, r.because, r.document_id, r.user_id])).toEqual([
      ['document', 'history', 'auditor', doc, auditor],
      ['document', 'summary', 'confidential', doc, clerk],
      ['records', '/api/audit/verify', 'auditor', null, auditor],
    ]);
  });

  it('lists by day in Hà Nội, by reader and by document, newest first', async () => {
    const all = await listAccessLog(h.dataSource, { page: 1, pageSize: 10 });
    expect(all.entries.map((e) => e.view)).toEqual(['/api/audit/verify', 'summary', 'history']);
    // 18:00 UTC on 5/3 is already 6/3 in Hà Nội.
    expect((await listAccessLog(h.dataSource, { from: '2026-03-06', to: '2026-03-06', page: 1, pageSize: 10 })).entries.map((e) => e.view)).toEqual(['/api/audit/verify', 'summary']);
    expect((await listAccessLog(h.dataSource, { userId: clerk, page: 1, pageSize: 10 })).total).toBe(1);
    expect((await listAccessLog(h.dataSource, { documentId: doc, page: 1, pageSize: 1 })).entries).toHaveLength(1);
  });

  it('gives the same rows when events are applied again, and when rebuilt from zero in one batch', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, accessLogProjection, log);
    expect(await rows()).toEqual(live);
    await resetProjection(h, accessLogProjection, ['audit_access_log']);
    await catchUp(h, [accessLogProjection], 1000);
    expect(await rows()).toEqual(live);
  });
});
