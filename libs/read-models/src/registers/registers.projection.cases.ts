import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { userId } from '@office/domain/testing/document-fixtures';
import { incomingRegisterProjection } from './incoming-register.projection';
import { outgoingRegisterProjection } from './outgoing-register.projection';
import { applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { DOC, scenarioEvents } from '../../../../apps/projector/src/testing/scenario';

const cases = [
  { projection: incomingRegisterProjection, table: 'rm_incoming_register' },
  { projection: outgoingRegisterProjection, table: 'rm_outgoing_register' },
];

describe.each(cases)('$projection.name', ({ projection, table }) => {
  const TABLES = [{ table, orderBy: 'year, series, number' }, { table: `${table}_totals`, orderBy: 'year, series' }];
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;
  const rows = () => live[table];

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, projection, scenarioEvents(), TABLES);
  });
  afterAll(async () => h?.close());

  it('has a row for every number of each series, voided ones included: no gap', () => {
    for (const series of new Set(rows().map((r) => r.series))) {
      const numbers = rows().filter((r) => r.series === series).map((r) => r.number);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    expect(rows().some((r) => r.status === 'voided' && r.voided && r.void_reason)).toBe(true);
  });

  it('keeps how many numbers each series has, for a page to answer its total', () => {
    const counted = [...new Set(rows().map((r) => r.series))].map((series) => ({ year: 2025, series, numbers: rows().filter((r) => r.series === series).length }));
    expect(live[`${table}_totals`]).toEqual(counted);
  });

  if (table === 'rm_incoming_register') {
    it('fills each registered number from its document and follows where it was sent', () => {
      const byKey = (series: string, number: number) => rows().find((r) => r.series === series && r.number === number)!;
      expect(rows().map((r) => [r.series, r.number, r.status])).toEqual([
        ['confidential', 1, 'registered'],
        ['normal', 1, 'registered'],
        ['normal', 2, 'registered'],
        ['normal', 3, 'voided'],
        ['normal', 4, 'registered'],
      ]);
      expect(byKey('normal', 1)).toMatchObject({ document_id: DOC.a, source_symbol: '512/SKHĐT-KTĐN', source_issued_date: '2025-04-22', assignee_id: userId('cv.kt1'), used: true });
      expect(byKey('normal', 3)).toMatchObject({ document_id: DOC.lost, received_at: null, excerpt: null });
      // Misrouted to KT, returned, then sent to NC: the register shows where it is now.
      const c = byKey('confidential', 1);
      expect(c.document_id).toBe(DOC.c);
      expect(c.assignee_id).toBeNull();
      expect(c.distributed_at).not.toBeNull();
      expect(c.path).toEqual(expect.arrayContaining([userId('vanthu1'), userId('cv.kt2')]));
    });
  } else {
    it('records the issued document under the number it reserved, with recipients, copies and the responsible specialist', () => {
      expect(rows().map((r) => [r.series, r.number, r.status])).toEqual([
        ['normal', 1, 'issued'],
        ['normal', 2, 'voided'],
      ]);
      expect(rows()[0]).toMatchObject({
        document_id: DOC.a, symbol: '1/QĐ-UBND', document_type: 'decision', signer_id: userId('pho.chu.tich.kt'), signs_as: 'committee',
        recipients: ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'], copies: 4, responsible_specialist_id: userId('cv.kt1'), file_code: 'KT.01/2025',
      });
    });
  }

  it('gives the same rows when every event is applied a second time', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, projection, log);
    await applyDirectly(h, projection, log.slice(3, 20));
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });

  it('rebuilds from zero in one big batch to exactly the rows built live', async () => {
    await resetProjection(h, projection, TABLES.map((t) => t.table));
    await catchUp(h, [projection], 1000);
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });
});
