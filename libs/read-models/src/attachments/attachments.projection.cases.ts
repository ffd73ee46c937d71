import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { catchUp, openHarness, resetProjection, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { appendAll, type ScenarioEvent } from '../../../../apps/projector/src/testing/scenario';
import { AttachmentQueries } from './attachment.queries';
import { attachmentsProjection } from './attachments.projection';

const DOCUMENT = '0a000000-0000-4000-8000-0000000000f1';
const DOSSIER = '0b000000-0000-4000-8000-0000000000f2';
const CLERK = '00000000-0000-4000-8000-000000000218';
const [SCAN, DRAFT, ITEM] = ['a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64)];

const file = (attachmentId: string, sha256: string, name: string, at: string) => ({ attachmentId, sha256, name, mediaType: 'application/pdf', size: 1234, by: CLERK, at });
const EVENTS: ScenarioEvent[] = [
  { stream: `document-${DOCUMENT}`, type: 'DocumentFileAttached', actorId: CLERK, data: { ...file('00000000-0000-4000-8000-0000000000a1', SCAN, 'Bản quét.pdf', '2026-03-05T02:00:00.000Z'), purpose: 'scan' } },
  { stream: `document-${DOCUMENT}`, type: 'DocumentFileAttached', actorId: CLERK, data: { ...file('00000000-0000-4000-8000-0000000000a2', DRAFT, 'Dự thảo.pdf', '2026-03-06T02:00:00.000Z'), purpose: 'draft' } },
  { stream: `dossier-${DOSSIER}`, type: 'DossierFileAttached', actorId: CLERK, data: { ...file('00000000-0000-4000-8000-0000000000a3', ITEM, 'Đơn.pdf', '2026-03-07T02:00:00.000Z'), purpose: 'item', itemCode: 'Đơn đề nghị' } },
];

describe('attachments.v1', () => {
  let h: ProjectionHarness;
  let queries: AttachmentQueries;
  beforeAll(async () => {
    h = await openHarness();
    queries = new AttachmentQueries(h.dataSource);
    await appendAll(h.store, EVENTS);
    await catchUp(h, [attachmentsProjection], 100);
  });
  afterAll(async () => h?.close());

  const rows = () => h.dataSource.query('SELECT * FROM rm_attachments ORDER BY position');

  it('lists each owner’s files in the order attached, with the item a dossier file belongs to', async () => {
    expect((await queries.of('document', DOCUMENT)).map((a) => [a.name, a.purpose, a.sha256, a.size])).toEqual([
      ['Bản quét.pdf', 'scan', SCAN, 1234],
      ['Dự thảo.pdf', 'draft', DRAFT, 1234],
    ]);
    expect(await queries.of('dossier', DOSSIER)).toMatchObject([{ name: 'Đơn.pdf', itemCode: 'Đơn đề nghị', attachedAt: '2026-03-07T02:00:00.000Z', attachedBy: CLERK }]);
    expect(await queries.of('dossier', DOCUMENT)).toEqual([]);
  });

  it('applying the same events twice leaves the same rows', async () => {
    const before = await rows();
    const events = await h.store.readAll({ after: -1n, maxCount: 100 });
    await h.dataSource.transaction((tx) => attachmentsProjection.apply(events, tx));
    expect(await rows()).toEqual(before);
  });

  it('a rebuild from the log gives the same rows as live', async () => {
    const before = await rows();
    await resetProjection(h, attachmentsProjection, attachmentsProjection.tables);
    await catchUp(h, [attachmentsProjection], 1);
    expect(await rows()).toEqual(before);
  });

  it('says which hashes are referenced, and what was attached in a period', async () => {
    expect(await queries.referenced([SCAN, 'd'.repeat(64), ITEM])).toEqual(new Set([SCAN, ITEM]));
    expect((await queries.attachedBetween(new Date('2026-03-06T00:00:00Z'), new Date('2026-03-08T00:00:00Z'))).map((a) => a.name)).toEqual(['Dự thảo.pdf', 'Đơn.pdf']);
  });
});
