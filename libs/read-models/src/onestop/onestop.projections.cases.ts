import { departmentId, userId } from '@office/domain/testing/document-fixtures';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import {
  applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness, type TableOrder,
} from '../../../../apps/projector/src/testing/projection-harness';
import type { Projection } from '../projection';
import { dossiersProjection } from './dossiers/dossiers.projection';
import { procedureCatalogueProjection } from './procedure-catalogue/procedure-catalogue.projection';
import { receptionsProjection } from './receptions/receptions.projection';
import { DOSSIER, PROCEDURE, RECEPTION, onestopScenario } from './testing/onestop-scenario';

const cases: Array<{ projection: Projection; tables: TableOrder[] }> = [
  { projection: procedureCatalogueProjection, tables: [{ table: 'rm_procedures', orderBy: 'code' }, { table: 'rm_procedure_versions', orderBy: 'code, version' }] },
  { projection: dossiersProjection, tables: [{ table: 'rm_dossiers', orderBy: 'id' }, { table: 'rm_dossier_handovers', orderBy: 'dossier_id, position' }] },
  { projection: receptionsProjection, tables: [{ table: 'rm_receptions', orderBy: 'id' }] },
];

describe.each(cases)('$projection.name', ({ projection, tables }) => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, projection, onestopScenario(), tables);
  });
  afterAll(async () => h?.close());

  if (projection === procedureCatalogueProjection) {
    it('keeps each procedure and every version with its approval', () => {
      expect(live.rm_procedures.map((r) => [r.code, r.field_code])).toEqual([[PROCEDURE.investment, 'KH-DT'], [PROCEDURE.school, 'GD-DT'], [PROCEDURE.planning, 'XD']]);
      const versions = live.rm_procedure_versions.filter((r) => r.code === PROCEDURE.investment);
      expect(versions.map((r) => [r.version, r.effective_from, r.effective_to, r.decision_ref])).toEqual([
        [1, '2025-07-01', '2026-06-30', '88/QĐ-VP'],
        [2, '2026-07-01', null, '12/QĐ-VP'],
        [3, '2027-01-01', null, null],
      ]);
      expect(versions[0]).toMatchObject({ statutory_days: 15, supplement_policy: 'restart', approved_by: userId('chanh.vp'), steps: [{ no: 1 }, { no: 2, workingDays: 14 }] });
    });
  }

  if (projection === dossiersProjection) {
    it('follows each dossier from the desk to its return, with its control sheet', () => {
      const row = (id: string) => live.rm_dossiers.find((r) => r.id === id)!;
      expect(row(DOSSIER.a)).toMatchObject({
        code: 'VPUBND-260302-0001', status: 'returned', handling_unit_id: departmentId('KT'), classification: 'early', due: '2026-03-16', returned_to: 'Nguyễn Văn Phát',
        fee_paid_vnd: 1_500_000, payment_method: 'transfer', digitised_items: 1, satisfaction_score: 5, symbol: '7/QĐ-UBND', specialist_id: userId('cv.kt1'),
        leader_id: userId('pho.chu.tich.kt'), holder_user_id: userId('motcua1'), online: false,
      });
      expect(row(DOSSIER.a).path).toEqual(expect.arrayContaining(['motcua1', 'tp.kt', 'cv.kt1', 'pho.chanh.vp.kt', 'pho.chu.tich.kt', 'vanthu1'].map(userId)));
      expect(row(DOSSIER.b)).toMatchObject({
        status: 'with_specialist', online: true, channel: 'online', portal_ref: 'DVC-2026-001', supplement_requests: 1, supplement_requested_at: null,
        due: '2026-03-24', new_due: '2026-03-31', apologies: 1, holder_user_id: userId('cv.kt2'), holder_unit_id: departmentId('KT'), specialist_id: userId('cv.kt2'), classification: null,
      });
      expect(row(DOSSIER.c)).toMatchObject({ status: 'withdrawn', withdraw_reason: 'Người nộp xin rút hồ sơ', withdrawn_at: expect.any(String) });
      expect(row(DOSSIER.d)).toMatchObject({ status: 'in_department', holder_unit_id: departmentId('VX'), holder_user_id: null, handling_unit_id: departmentId('VX') });
      expect(row(DOSSIER.e)).toMatchObject({ status: 'submitted_online', code: null, received_at: null, procedure_code: PROCEDURE.planning });
      expect(row(DOSSIER.f)).toMatchObject({ status: 'initialled', holder_user_id: userId('pho.chu.tich.kt'), leader_id: userId('pho.chu.tich.kt') });
      // The row is read from the domain's own fold, kept to resume from.
      expect(row(DOSSIER.f).state).toMatchObject({ status: 'initialled', handlerId: userId('cv.kt1') });
      const sheet = live.rm_dossier_handovers.filter((r) => r.dossier_id === DOSSIER.a);
      expect(sheet.map((r) => [r.step_no, r.event_type, r.outcome])).toEqual([
        [1, 'DossierTransferred', 'on_time'], [2, 'DossierTransferred', 'early'], [3, 'DossierResultSubmitted', 'on_time'], [4, 'DossierResultInitialled', 'on_time'],
        [5, 'DossierResultSigned', 'late'], [6, 'DossierResultIssued', 'on_time'], [7, 'ResultReceivedAtDesk', 'on_time'],
      ]);
    });
  }

  if (projection === receptionsProjection) {
    it('keeps one row per slip given at the desk', () => {
      expect(live.rm_receptions.map((r) => [r.id, r.kind, r.slip_number, r.on_day])).toEqual([
        [RECEPTION.supplement, 'supplement_request', '01/PYCBS', '2026-03-03'],
        [RECEPTION.refusal, 'refusal', '01/PTC', '2026-03-04'],
      ]);
      expect(live.rm_receptions[0].missing).toEqual([{ item: 'Văn bản đề nghị', reason: 'Chưa có chữ ký' }]);
      expect(live.rm_receptions[1]).toMatchObject({ reason: 'Không thuộc thẩm quyền', legal_basis: 'Điều 19 Nghị định 118/2025/NĐ-CP', missing: null });
    });
  }

  it('gives the same rows when every event is applied a second time', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, projection, log);
    await applyDirectly(h, projection, log.slice(5, 30));
    expect(await snapshotAll(h, tables)).toEqual(live);
  });

  it.each([1, 500])('rebuilds from zero in batches of %i to exactly the rows built live', async (batch) => {
    await resetProjection(h, projection, tables.map((t) => t.table));
    await catchUp(h, [projection], batch);
    expect(await snapshotAll(h, tables)).toEqual(live);
  });
});
