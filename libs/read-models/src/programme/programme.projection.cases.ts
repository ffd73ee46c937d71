import { DEMO_ORGANISATION } from '@office/domain';
import { userId, vn } from '@office/domain/testing/document-fixtures';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import {
  applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness,
} from '../../../../apps/projector/src/testing/projection-harness';
import { OrganisationDirectory } from '../organisation/organisation-directory';
import { programmeProjection } from './programme.projection';
import { ProgrammeQueries } from './programme.queries';
import { ITEM, programmeScenario } from './testing/programme-scenario';

const TABLES = [{ table: 'rm_programmes', orderBy: 'id' }, { table: 'rm_programme_items', orderBy: 'id' }];
/** The read happens on Monday 20/4/2026 in Hà Nội. */
const clock = () => new Date(vn('2026-04-20', '10:00'));

describe('programme.v1 and its queries (real PostgreSQL)', () => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;
  let queries: ProgrammeQueries;

  beforeAll(async () => {
    h = await openHarness();
    await new OrganisationDirectory(h.dataSource).seed(DEMO_ORGANISATION, async () => 'not-a-password');
    live = await projectLive(h, programmeProjection, programmeScenario(), TABLES);
    queries = new ProgrammeQueries(h.dataSource, clock);
  });
  afterAll(async () => h?.close());

  it('keeps one row per programme and per item, from the domain’s own fold', () => {
    expect(live.rm_programmes).toEqual([
      expect.objectContaining({ id: '2026-03', kind: 'month', starts_on: '2026-03-01', ends_on: '2026-03-31', status: 'approved', draft_due: '2026-02-25', draft_late: true, approved_by: userId('chu.tich') }),
    ]);
    const item = (id: string) => live.rm_programme_items.find((r) => r.id === id)!;
    expect(live.rm_programme_items).toHaveLength(6);
    expect(item(ITEM.onTime)).toMatchObject({ status: 'presented', due_date: '2026-03-31', papers_on: '2026-03-27', presented_on: '2026-04-02', agency_name: 'Phòng Kinh tế' });
    expect(item(ITEM.moved)).toMatchObject({ status: 'accepted', due: '2026-04', original_due: '2026-03', due_date: '2026-04-29', reschedules: 1, request_symbol: '112/SNV-TCBC' });
    expect(item(ITEM.returned)).toMatchObject({ status: 'returned', slip_return_reason: 'Nội dung thuộc thẩm quyền của Sở' });
  });

  it('gives the same rows when every event is applied a second time, and rebuilds to exactly the live rows', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, programmeProjection, log);
    await applyDirectly(h, programmeProjection, log.slice(3, 12));
    expect(await snapshotAll(h, TABLES)).toEqual(live);
    await resetProjection(h, programmeProjection, TABLES.map((t) => t.table));
    await catchUp(h, [programmeProjection], 1);
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });

  it('each item of the approved programme stands on time, late, withdrawn, overdue or not yet due, as of today', async () => {
    const march = (await queries.byPeriod('2026-03'))!;
    expect(march.programme).toMatchObject({ period: '2026-03', status: 'approved', draftLate: true, items: 5 });
    const standing = Object.fromEntries(march.items.map((i) => [i.id, i.standing]));
    expect(standing).toEqual({
      [ITEM.onTime]: 'on_time', [ITEM.late]: 'late', [ITEM.withdrawn]: 'withdrawn', [ITEM.overdue]: 'overdue', [ITEM.moved]: 'not_yet_due', [ITEM.returned]: null,
    });
    expect(await queries.byPeriod('2026-05')).toBeNull();
    expect((await queries.week('2026-W11')).map((i) => i.id)).toEqual([ITEM.late]);
    expect((await queries.ofYear(2026)).map((p) => p.period)).toEqual(['2026-03']);
  });

  it('reports by agency and by leader in charge, and names the late draft (QC 8.1)', async () => {
    const report = await queries.report('2026-03-01', '2026-03-31');
    expect(report.total).toEqual({ on_time: 1, late: 1, withdrawn: 1, not_yet_due: 0, overdue: 1, total: 4 });
    expect(report.byAgency.find((g) => g.name === 'Sở Tài chính')).toMatchObject({ late: 1, total: 1 });
    expect(report.byLeader).toEqual(expect.arrayContaining([expect.objectContaining({ key: userId('chu.tich'), name: 'Nguyễn Văn Thành', late: 1, withdrawn: 1, overdue: 1 })]));
    expect(report.lateDrafts).toEqual([{ period: '2026-03', draftDue: '2026-02-25', draftSubmittedAt: '2026-02-26T02:00:00.000Z' }]);
    const spring = await queries.report('2026-03-01', '2026-04-30');
    expect(spring.total).toMatchObject({ not_yet_due: 1, total: 5 });
    expect((await queries.report('2026-04-01', '2026-04-30')).lateDrafts).toEqual([]);
  });
});
