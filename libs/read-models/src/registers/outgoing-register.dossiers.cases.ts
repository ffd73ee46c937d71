import { dossierStreamName, numberingStreamName, type DossierResultIssued, type NumberSeriesEvent, type NumberSeriesKey } from '@office/domain';
import { userId, vn } from '@office/domain/testing/document-fixtures';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { outgoingRegisterProjection } from './outgoing-register.projection';
import { applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { DOC, scenarioEvents, type ScenarioEvent } from '../../../../apps/projector/src/testing/scenario';

const DOSSIER = 'd0000000-0000-4000-8000-0000000000aa';
const TABLES = [{ table: 'rm_outgoing_register', orderBy: 'year, series, number' }];
const OUTGOING: NumberSeriesKey = { direction: 'outgoing', year: 2025, series: 'normal' };
const clerk = userId('vanthu1');
const at = vn('2025-06-02', '10:00');

const numbering = (event: NumberSeriesEvent): ScenarioEvent => ({ stream: numberingStreamName(OUTGOING), type: event.type, data: event.data as unknown as JsonObject, actorId: clerk });

/** A dossier's result issued after the documents of the scenario: it takes the next number of the same series, as the issue handler writes it. */
function dossierResultIssued(): ScenarioEvent[] {
  const issued: DossierResultIssued = {
    type: 'DossierResultIssued',
    data: {
      by: clerk, at, outgoingNumber: 3, outgoingYear: 2025, symbol: '3/QĐ-UBND', documentType: 'decision', excerpt: 'Cấp giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Minh Phát',
      recipients: ['Công ty TNHH Minh Phát'], copies: 3, responsibleSpecialistId: userId('cv.kt1'), signerId: userId('pho.chu.tich.kt'), signsAs: 'committee',
      handover: {
        stepNo: 6, task: 'Phát hành', fromUserId: clerk, fromUnitId: null, toUserId: userId('motcua1'), toUnitId: null, startedAt: vn('2025-05-30', '10:00'), handedAt: at,
        dueAt: null, outcome: null, calendarVersion: 'VN 2025.1',
      },
    },
  };
  return [
    numbering({ type: 'NumbersReserved', data: { ...OUTGOING, numbers: [{ number: 3, documentId: DOSSIER }], by: clerk, at } }),
    { stream: dossierStreamName(DOSSIER), type: issued.type, data: issued.data as unknown as JsonObject, actorId: clerk },
    numbering({ type: 'NumberUsed', data: { ...OUTGOING, number: 3, documentId: DOSSIER, by: clerk, at } }),
  ];
}

describe('outgoing register: dossier results', () => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, outgoingRegisterProjection, [...scenarioEvents(), ...dossierResultIssued()], TABLES);
  });
  afterAll(async () => h?.close());

  it('numbers a dossier’s result in the documents’ series and fills its row from DossierResultIssued', () => {
    const rows = live.rm_outgoing_register;
    expect(rows.map((r) => [r.year, r.series, r.number, r.status, r.document_id])).toEqual([
      [2025, 'normal', 1, 'issued', DOC.a],
      [2025, 'normal', 2, 'voided', DOC.lost],
      [2025, 'normal', 3, 'issued', DOSSIER],
    ]);
    expect(rows[2]).toMatchObject({
      symbol: '3/QĐ-UBND', document_type: 'decision', excerpt: 'Cấp giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Minh Phát', issued_by: clerk, signer_id: userId('pho.chu.tich.kt'),
      signs_as: 'committee', recipients: ['Công ty TNHH Minh Phát'], copies: 3, responsible_specialist_id: userId('cv.kt1'), used: true, voided: false,
    });
  });

  it('gives the same rows when every event is applied a second time, and when rebuilt from zero', async () => {
    await applyDirectly(h, outgoingRegisterProjection, await wholeLog(h.store));
    expect(await snapshotAll(h, TABLES)).toEqual(live);
    await resetProjection(h, outgoingRegisterProjection, ['rm_outgoing_register']);
    await catchUp(h, [outgoingRegisterProjection], 1000);
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });
});
