import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { userId } from '@office/domain/testing/document-fixtures';
import { documentSummariesProjection } from './document-summaries.projection';
import { applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { DOC, scenarioEvents } from '../../../../apps/projector/src/testing/scenario';

const TABLES = [
  { table: 'rm_document_summaries', orderBy: 'id' },
  { table: 'rm_document_search', orderBy: 'id' },
];

describe('document-summaries.v1', () => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;
  const row = (id: string) => live.rm_document_summaries.find((r) => r.id === id)!;

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, documentSummariesProjection, scenarioEvents(), TABLES);
  });
  afterAll(async () => h?.close());

  it('keeps one row per registered document, never for a number that was voided', () => {
    expect(live.rm_document_summaries.map((r) => r.id).sort()).toEqual([DOC.a, DOC.b, DOC.c, DOC.d].sort());
  });

  it('derives the columns and the deadlines of every clock from the folded state', () => {
    const a = row(DOC.a);
    expect(a).toMatchObject({
      status: 'archived', incoming_number: 1, incoming_year: 2025, series: 'normal', field_code: 'KH-DT', urgency: 'normal', restricted: false,
      assignee_id: userId('cv.kt1'), leader_id: userId('pho.chu.tich.kt'), initialled_by: userId('pho.chanh.vp.kt'), signer_id: userId('pho.chu.tich.kt'),
      outgoing_number: 1, symbol: '1/QĐ-UBND', issued_on: '2025-05-06', received_on: '2025-04-24', next_due: null, completion: 'early',
    });
    // Received Thu 24/4/2025: distribute due Fri 25/4, submit due Mon 5/5 (DOMAIN.md §3); the leader's date was moved to 30/5.
    expect(a.deadlines).toMatchObject({
      distribute: { due: '2025-04-25', state: 'on_time' },
      submit: { due: '2025-05-05', state: 'on_time' },
      issue: { state: 'on_time' },
      leader: { due: '2025-05-30', state: 'on_time' },
    });
    expect(a.deadlines.supplement).toBeUndefined();
    expect(BigInt(a.last_position)).toBeGreaterThan(0n);
  });

  it('follows returns and rejections: the submission is cleared, the supplement clock and its restart kept', () => {
    const b = row(DOC.b);
    expect(b).toMatchObject({ status: 'appraised', leader_id: null, signer_id: null, completion: null });
    expect(b.deadlines.supplement).toMatchObject({ due: '2025-04-26', state: 'on_time' });
    // The submit clock restarted when the supplement came in (Tue 6/5): due Tue 13/5, met on 12/5.
    expect(b.deadlines.submit).toMatchObject({ due: '2025-05-13', state: 'on_time' });
    const c = row(DOC.c);
    expect(c).toMatchObject({ status: 'distributed', restricted: true, series: 'confidential', assignee_id: null });
    expect(c.path).toEqual(expect.arrayContaining([userId('vanthu1'), userId('pho.chanh.vp.kt'), userId('tp.kt'), userId('cv.kt2')]));
    const d = row(DOC.d);
    expect(d).toMatchObject({ status: 'received', urgency_rank: 1, next_due: '2025-04-25' });
    expect(live.rm_document_search.find((r) => r.id === DOC.d)!.search_text).toContain('phong chong bao so 1');
    expect(live.rm_document_search).toHaveLength(4);
  });

  it('gives the same rows when every event is applied a second time', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, documentSummariesProjection, log);
    await applyDirectly(h, documentSummariesProjection, log.slice(5, 30));
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });

  it('rebuilds from zero in one big batch to exactly the rows built live', async () => {
    await resetProjection(h, documentSummariesProjection, ['rm_document_summaries', 'rm_document_search']);
    await catchUp(h, [documentSummariesProjection], 1000);
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });
});
