import { canViewDossier, classifyDossier, DEMO_ORGANISATION, VIETNAM_CALENDAR, type DossierState, type Role } from '@office/domain';
import { departmentId, userId, vn } from '@office/domain/testing/document-fixtures';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { catchUp, openHarness, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { appendAll } from '../../../../apps/projector/src/testing/scenario';
import { OrganisationDirectory } from '../organisation/organisation-directory';
import { Sql } from '../sql/sql';
import { DossierRegisterQueries } from './dossiers/dossier-register.queries';
import { DossierQueries } from './dossiers/dossier.queries';
import { dossierClassificationSql, dossierVisibleSql, type DossierViewer } from './dossiers/dossier-visibility';
import { dossiersProjection } from './dossiers/dossiers.projection';
import { PublicDossierLookup } from './dossiers/public-dossier-lookup';
import { ProcedureCatalogueQueries } from './procedure-catalogue/procedure-catalogue.queries';
import { procedureCatalogueProjection } from './procedure-catalogue/procedure-catalogue.projection';
import { receptionsProjection } from './receptions/receptions.projection';
import { DOSSIER, PROCEDURE, onestopScenario } from './testing/onestop-scenario';

/** The read happens on Friday 20/3/2026 in Hà Nội. */
const clock = () => new Date(vn('2026-03-20', '10:00'));

function viewer(username: string): DossierViewer {
  const user = DEMO_ORGANISATION.users.find((u) => u.username === username)!;
  return { id: user.id, roles: [...user.roles] as Role[], departmentId: user.departmentId };
}

describe('one-stop queries', () => {
  let h: ProjectionHarness;
  let dossiers: DossierQueries;

  beforeAll(async () => {
    h = await openHarness();
    await new OrganisationDirectory(h.dataSource).seed(DEMO_ORGANISATION, async () => 'not-a-password');
    await appendAll(h.store, onestopScenario());
    await catchUp(h, [procedureCatalogueProjection, dossiersProjection, receptionsProjection], 500);
    dossiers = new DossierQueries(h.dataSource, clock);
  });
  afterAll(async () => h?.close());

  describe('procedure catalogue', () => {
    const catalogue = () => new ProcedureCatalogueQueries(h.dataSource, clock);

    it('lists each procedure with the approved version in force on the day, today by default', async () => {
      const today = await catalogue().list();
      expect(today.map((p) => [p.code, p.version?.version ?? null])).toEqual([[PROCEDURE.school, null], [PROCEDURE.investment, 1], [PROCEDURE.planning, 1]]);
      expect(today[1].version).toMatchObject({ statutoryDays: 15, requiredItems: [{ name: 'Văn bản đề nghị', mandatory: true }], approval: { decisionRef: '88/QĐ-VP', by: userId('chanh.vp') } });
      const july = await catalogue().list({ at: '2026-07-01', fieldCode: 'KH-DT' });
      expect(july.map((p) => [p.code, p.version?.version])).toEqual([[PROCEDURE.investment, 2]]);
      expect((await catalogue().list({ q: 'DAU TU' })).map((p) => p.code)).toEqual([PROCEDURE.investment]);
    });

    it('gives one procedure with every version, drafts unapproved', async () => {
      const procedure = await catalogue().get(PROCEDURE.investment);
      expect(procedure).toMatchObject({ name: 'Cấp giấy chứng nhận đăng ký đầu tư', fieldCode: 'KH-DT' });
      expect(procedure.versions.map((v) => [v.version, v.approval?.decisionRef ?? null])).toEqual([[1, '88/QĐ-VP'], [2, '12/QĐ-VP'], [3, null]]);
      await expect(catalogue().get('9.999999')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('dossiers', () => {
    it('summarises one dossier with its applicant and control sheet', async () => {
      const a = await dossiers.byId(DOSSIER.a, viewer('cv.kt1'));
      expect(a).toMatchObject({
        code: 'VPUBND-260302-0001', status: 'returned', classification: 'early', dueDate: '2026-03-16', newDueDate: null, receivedAt: vn('2026-03-02', '09:00'),
        procedure: { code: PROCEDURE.investment, name: 'Cấp giấy chứng nhận đăng ký đầu tư', version: 1, fieldCode: 'KH-DT' },
        applicant: { name: 'Công ty TNHH Minh Phát', address: 'Số 12 Lê Lợi, TP Đông Hà', phone: '0912345678' }, handlingUnitId: departmentId('KT'),
      });
      expect(a).not.toHaveProperty('pin');
      expect(a.steps.map((s) => [s.no, s.outcome])).toEqual([[1, 'on_time'], [2, 'early'], [3, 'on_time'], [4, 'on_time'], [5, 'late'], [6, 'on_time'], [7, 'on_time']]);
      expect(a.steps[0]).toMatchObject({ task: 'Tiếp nhận hồ sơ', from: { userId: userId('motcua1'), name: expect.any(String) }, to: { userId: null, unitId: departmentId('KT'), name: 'Phòng Kinh tế' } });
      const b = await dossiers.byId(DOSSIER.b, viewer('thuky.iso'));
      expect(b).toMatchObject({ status: 'with_specialist', classification: 'in_time', dueDate: '2026-03-24', newDueDate: '2026-03-31' });
      expect((await dossiers.byId(DOSSIER.d, viewer('kiemtoan1'))).classification).toBe('overdue');
      expect((await dossiers.byId(DOSSIER.c, viewer('motcua1'))).classification).toBeNull();
    });

    it('shows a dossier only to its path, its holder, the desk, leaders, the ISO secretary and auditors', async () => {
      for (const username of ['motcua1', 'chanh.vp', 'pho.chanh.vp.vx', 'chu.tich', 'pho.chu.tich.vx', 'thuky.iso', 'kiemtoan1', 'tp.vx']) {
        await expect(dossiers.byId(DOSSIER.d, viewer(username))).resolves.toMatchObject({ id: DOSSIER.d });
      }
      for (const username of ['cv.vx1', 'cv.kt1', 'tp.kt', 'vanthu1', 'quantri']) {
        await expect(dossiers.byId(DOSSIER.d, viewer(username))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
      expect((await dossiers.list({}, viewer('cv.kt1'))).items.map((d) => d.id).sort()).toEqual([DOSSIER.a, DOSSIER.f]);
    });

    it('shows a dossier to exactly whom canViewDossier does, for every demo user and every state of the scenario', async () => {
      const states: Array<{ id: string; state: DossierState }> = await h.dataSource.query('SELECT id, state FROM rm_dossiers ORDER BY id');
      expect(new Set(states.map((s) => s.state.status)).size).toBe(6);
      for (const user of DEMO_ORGANISATION.users) {
        const sql = new Sql();
        const seen: Array<{ id: string }> = await h.dataSource.query(`SELECT d.id FROM rm_dossiers d WHERE ${dossierVisibleSql(sql, viewer(user.username))} ORDER BY d.id`, sql.params);
        const actor = { userId: user.id, roles: [...user.roles], departmentId: user.departmentId };
        expect(seen.map((r) => r.id), user.username).toEqual(states.filter((s) => canViewDossier(s.state, actor, DEMO_ORGANISATION)).map((s) => s.id));
      }
    });

    it('classifies as classifyDossier does, as of the read', async () => {
      const rows: Array<{ id: string; state: DossierState; classification: string | null }> = await h.dataSource.query(
        `SELECT d.id, d.state, ${dossierClassificationSql('$1::date')} AS classification FROM rm_dossiers d ORDER BY d.id`,
        ['2026-03-20'],
      );
      for (const row of rows) expect(row.classification, row.id).toBe(classifyDossier(row.state, clock().toISOString(), VIETNAM_CALENDAR));
    });

    it('lists with filters and a total', async () => {
      const desk = viewer('motcua1');
      const all = await dossiers.list({}, desk);
      expect(all.total).toBe(6);
      expect(all.items[0].id).toBe(DOSSIER.e);
      expect((await dossiers.list({ status: ['with_specialist', 'in_department'] }, desk)).items.map((d) => d.id).sort()).toEqual([DOSSIER.b, DOSSIER.d]);
      expect((await dossiers.list({ classification: 'overdue' }, desk)).items.map((d) => d.id)).toEqual([DOSSIER.d]);
      expect((await dossiers.list({ q: 'minh phat' }, desk)).items.map((d) => d.id)).toEqual([DOSSIER.a]);
      expect((await dossiers.list({ procedureCode: PROCEDURE.planning }, desk)).items.map((d) => d.id)).toEqual([DOSSIER.e]);
      expect((await dossiers.list({ receivedFrom: '2026-03-04', receivedTo: '2026-03-05' }, desk)).items.map((d) => d.id)).toEqual([DOSSIER.d, DOSSIER.c]);
      const page = await dossiers.list({ page: 2, pageSize: 4 }, desk);
      expect([page.items.length, page.total]).toEqual([2, 6]);
      expect((await dossiers.list({ page: 9, pageSize: 4 }, desk)).total).toBe(6);
    });

    it("gives each role its one-stop queue, overdue first", async () => {
      const queue = async (username: string) => (await dossiers.queue(viewer(username))).items.map((d) => [d.id, d.action]);
      expect(await queue('motcua1')).toEqual([[DOSSIER.d, 'monitor'], [DOSSIER.e, 'receive']]);
      expect(await queue('tp.vx')).toEqual([[DOSSIER.d, 'transfer']]);
      expect(await queue('tp.kt')).toEqual([[DOSSIER.b, 'monitor']]);
      expect(await queue('cv.kt2')).toEqual([[DOSSIER.b, 'appraise']]);
      expect(await queue('pho.chu.tich.kt')).toEqual([[DOSSIER.f, 'sign']]);
      expect(await queue('pho.chanh.vp.kt')).toEqual([]);
    });
  });

  it('writes the register of dossiers received in a period, with notes and who signed for the result', async () => {
    const rows = await new DossierRegisterQueries(h.dataSource, clock).rows({ from: '2026-03-01', to: '2026-03-31' });
    expect(rows.map((r) => [r.no, r.code, r.classification])).toEqual([
      [1, 'VPUBND-260302-0001', 'early'],
      [2, 'VPUBND-260303-0001', 'in_time'],
      [3, 'VPUBND-260304-0001', null],
      [4, 'VPUBND-260305-0001', 'overdue'],
      [5, 'VPUBND-260306-0001', 'in_time'],
    ]);
    expect(rows[0]).toMatchObject({
      procedureName: 'Cấp giấy chứng nhận đăng ký đầu tư', sets: 1, applicantContact: 'Số 12 Lê Lợi, TP Đông Hà – 0912345678', handlingUnit: 'Phòng Kinh tế',
      transferredAt: vn('2026-03-02', '10:00'), resultAtDeskAt: vn('2026-03-11', '08:30'), returnedAt: vn('2026-03-12', '14:00'), receivedBy: 'Nguyễn Văn Phát', note: '',
    });
    expect(rows[1].note).toBe('Yêu cầu bổ sung 1 lần; Xin lỗi, hẹn lại ngày trả 31/03/2026');
    expect(rows[2].note).toBe('Rút hồ sơ: Người nộp xin rút hồ sơ');
    expect(await new DossierRegisterQueries(h.dataSource, clock).rows({ from: '2026-03-04', to: '2026-03-04' })).toHaveLength(1);
  });

  it('looks a dossier up by code for the public, PIN included for the route to check', async () => {
    const lookup = new PublicDossierLookup(h.dataSource, clock);
    expect(await lookup.byCode('VPUBND-260305-0001')).toEqual({
      code: 'VPUBND-260305-0001', pin: 'PIN105', procedureName: 'Cấp giấy chứng nhận đăng ký đầu tư', receivedAt: vn('2026-03-05', '09:00'), dueDate: '2026-03-09',
      status: 'in_department', classification: 'overdue',
    });
    expect(await lookup.byCode('VPUBND-000000-0000')).toBeNull();
  });
});
