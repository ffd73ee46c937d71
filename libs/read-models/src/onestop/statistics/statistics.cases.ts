import { DEMO_ORGANISATION } from '@office/domain';
import { departmentId, vn } from '@office/domain/testing/document-fixtures';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { openHarness, type ProjectionHarness } from '../../../../../apps/projector/src/testing/projection-harness';
import { OrganisationDirectory } from '../../organisation/organisation-directory';
import { DossierStatisticsQueries, type DossierCounts } from './dossier-statistics.queries';
import { Index766Queries, type Indicator766 } from './index766.queries';
import { DossierStepComplianceQueries } from './step-compliance.queries';
import { STATS_DOSSIER, STATS_PROCEDURE, writeStatisticsScenario } from './testing/statistics-scenario';

/** Read on 10/4/2026: March is over, so its figures are as of 31/3. */
const clock = () => new Date(vn('2026-04-10', '10:00'));
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

/** The report's columns in a compact order: received (carried, online, direct), resolved (early, on time, late), in progress (in time, overdue), then the rest. */
function row(c: DossierCounts) {
  return [
    [c.received.carriedOver, c.received.newOnline, c.received.newDirectOrPost, c.received.total],
    [c.resolved.total, c.resolved.early, c.resolved.onTime, c.resolved.late],
    [c.inProgress.total, c.inProgress.inTime, c.inProgress.overdue],
    { supplements: c.supplementRequests, apologies: c.apologies, refusals: c.refusals, atReception: c.supplementRequestsAtReception, withdrawals: c.withdrawals, stops: c.stops },
    c.onTimeRate,
  ];
}

describe('one-stop statistics', () => {
  let h: ProjectionHarness;

  beforeAll(async () => {
    h = await openHarness();
    await new OrganisationDirectory(h.dataSource).seed(DEMO_ORGANISATION, async () => 'not-a-password');
    await writeStatisticsScenario(h.dataSource);
  });
  afterAll(async () => h?.close());

  describe('periodic statistics of March 2026', () => {
    const statistics = (groupBy: 'field' | 'procedure' | 'unit') => new DossierStatisticsQueries(h.dataSource, clock).statistics(MARCH, groupBy);

    it('counts per field: carried over, new, resolved, in progress at the end, and the desk slips', async () => {
      const report = await statistics('field');
      expect(report.period).toEqual({ ...MARCH, stateAsOf: '2026-03-31' });
      expect(report.groups.map((g) => [g.key, g.name])).toEqual([['GD-DT', 'Giáo dục và Đào tạo'], ['KH-DT', 'Kế hoạch và Đầu tư'], ['XD', 'Xây dựng']]);
      const [school, investment, building] = report.groups;
      // A, B carried over; D, E online; A early, B late, D on time; E overdue (due 17/3); E's supplement and apology; the refusal of 4/3.
      expect(row(investment)).toEqual([[2, 2, 0, 4], [3, 1, 1, 1], [1, 0, 1], { supplements: 1, apologies: 1, refusals: 1, atReception: 0, withdrawals: 0, stops: 0 }, 0.6667]);
      // L carried over from January and overdue since 2/3; F in time; G withdrawn; the refusal of 27/2 is February's.
      expect(row(building)).toEqual([[1, 0, 2, 3], [0, 0, 0, 0], [2, 1, 1], { supplements: 0, apologies: 0, refusals: 0, atReception: 0, withdrawals: 1, stops: 0 }, null]);
      // H resolved only in April and J waiting for a supplement asked before its due day: both in time; I stopped; the Mẫu 02 of 5/3.
      expect(row(school)).toEqual([[0, 0, 3, 3], [0, 0, 0, 0], [2, 2, 0], { supplements: 1, apologies: 0, refusals: 0, atReception: 1, withdrawals: 0, stops: 1 }, null]);
      expect(row(report.totals)).toEqual([[3, 2, 5, 10], [3, 1, 1, 1], [5, 3, 2], { supplements: 2, apologies: 1, refusals: 1, atReception: 1, withdrawals: 1, stops: 1 }, 0.6667]);
    });

    it('groups by procedure and by handling unit (the field’s department before any transfer)', async () => {
      const byProcedure = await statistics('procedure');
      expect(Object.fromEntries(byProcedure.groups.map((g) => [g.key, [g.name, g.received.total, g.inProgress.overdue]]))).toEqual({
        [STATS_PROCEDURE.investment]: ['Cấp giấy chứng nhận đăng ký đầu tư', 4, 1],
        [STATS_PROCEDURE.building]: ['Cấp giấy phép xây dựng', 3, 1],
        [STATS_PROCEDURE.school]: ['Công nhận trường đạt chuẩn quốc gia', 3, 0],
      });
      const byUnit = await statistics('unit');
      expect(byUnit.groups.map((g) => [g.key, g.name])).toEqual([[departmentId('KT'), 'Phòng Kinh tế'], [departmentId('VX'), 'Phòng Văn hóa – Xã hội']]);
      expect(row(byUnit.groups[0])).toEqual([[3, 2, 2, 7], [3, 1, 1, 1], [3, 1, 2], { supplements: 1, apologies: 1, refusals: 1, atReception: 0, withdrawals: 1, stops: 0 }, 0.6667]);
      expect(row(byUnit.groups[1])).toEqual([[0, 0, 3, 3], [0, 0, 0, 0], [2, 2, 0], { supplements: 1, apologies: 0, refusals: 0, atReception: 1, withdrawals: 0, stops: 1 }, null]);
      expect(byUnit.totals).toEqual(byProcedure.totals);
    });

    it('lists the overdue and late dossiers with working days late and their causes', async () => {
      const { overdue } = await statistics('field');
      expect(overdue.total).toBe(3);
      // L: due Mon 2/3, 21 working days to 31/3; E: due 17/3, 10; B: due 10/3, result at the desk 12/3, 2.
      expect(overdue.items.map((d) => [d.id, d.state, d.dueDate, d.workingDaysLate])).toEqual([
        [STATS_DOSSIER.L, 'overdue', '2026-03-02', 21],
        [STATS_DOSSIER.E, 'overdue', '2026-03-17', 10],
        [STATS_DOSSIER.B, 'late', '2026-03-10', 2],
      ]);
      const [l, e, b] = overdue.items;
      expect(l.causes.heldBy).toEqual({ name: 'Bộ phận tiếp nhận và trả kết quả', since: vn('2026-01-15', '09:00') });
      expect(l.unit).toEqual({ id: departmentId('KT'), name: 'Phòng Kinh tế' });
      // E's late signature came in April: at the end of March it was with the specialist, late through no late step.
      expect(e.causes).toMatchObject({ lateSteps: [], heldBy: { name: 'Lý Minh Tuấn', since: vn('2026-03-04', '09:00') }, supplementRequests: 1, apologies: 1, apologyNewDueDate: '2026-04-03' });
      expect(b.causes).toEqual({
        lateSteps: [{ no: 2, task: 'Thẩm định hồ sơ', heldBy: 'Lý Minh Tuấn', dueAt: vn('2026-03-09', '17:00'), handedAt: vn('2026-03-11', '10:00'), workingDaysLate: 2 }],
        heldBy: null, supplementRequests: 0, apologies: 1, apologyNewDueDate: '2026-03-13', apologyIssuedLate: false,
      });
      expect(b.procedure).toEqual({ code: STATS_PROCEDURE.investment, name: 'Cấp giấy chứng nhận đăng ký đầu tư' });
    });

    it('judges a period not yet over as of today, and counts nothing in an empty one', async () => {
      const early = await new DossierStatisticsQueries(h.dataSource, () => new Date(vn('2026-03-16', '10:00'))).statistics(MARCH, 'field');
      expect(early.period.stateAsOf).toBe('2026-03-16');
      // As of 16/3: L overdue; E due 17/3 still in time.
      expect(early.totals.inProgress.overdue).toBe(1);
      const empty = await statistics('field').then(() => new DossierStatisticsQueries(h.dataSource, clock).statistics({ from: '2025-01-01', to: '2025-01-31' }, 'unit'));
      expect(empty.groups).toEqual([]);
      expect(empty.totals.onTimeRate).toBeNull();
    });

    it('gives the weekly briefing its one-stop line', async () => {
      expect(await new DossierStatisticsQueries(h.dataSource, clock).briefing(MARCH)).toEqual({
        received: 7, resolved: { total: 3, early: 1, onTime: 1, late: 1 }, inProgress: { total: 5, inTime: 3, overdue: 2 }, onTimeRate: 0.6667,
      });
    });
  });

  describe('QĐ 766 panel of March 2026', () => {
    const panel = (unit?: string) => new Index766Queries(h.dataSource, clock).panel('2026-03', unit);
    const figures = (indicators: Indicator766[]) => Object.fromEntries(indicators.map((i) => [i.key, [i.numerator, i.denominator, i.value]]));

    it('gives every indicator with its numerator and denominator, for the desk', async () => {
      const desk = await panel();
      expect(desk.period).toEqual({ ...MARCH, stateAsOf: '2026-03-31' });
      expect(desk.unit).toBeNull();
      expect(desk.indicators.every((i) => i.name.length > 0 && i.group === i.key.split('.')[0])).toBe(true);
      expect(figures(desk.indicators)).toEqual({
        // A, D of A, B, D; late B + overdue E, L of 3 resolved + 5 open (E, F, H, J, L); B and E apologised, L not.
        'progress.resolved_in_time': [2, 3, 0.6667],
        'progress.overdue': [3, 8, 0.375],
        'progress.overdue_apologised': [2, 3, 0.6667],
        // Received in March: D, E, F, G, H, I, J; the building permit offers no online service.
        'online_service.online_share': [2, 5, 0.4],
        'online_payment.online_share': [1, 2, 0.5],
        'satisfaction.satisfied_share': [1, 2, 0.5],
        'satisfaction.mean_score': [8, 2, 4],
        'digitisation.dossiers': [1, 7, 0.1429],
      });
    });

    it('gives each unit its panel, and one unit alone on request', async () => {
      const desk = await panel();
      expect(desk.units.map((u) => [u.id, u.name])).toEqual([[departmentId('KT'), 'Phòng Kinh tế'], [departmentId('VX'), 'Phòng Văn hóa – Xã hội']]);
      expect(figures(desk.units[0].indicators)).toMatchObject({ 'progress.overdue': [3, 6, 0.5], 'online_service.online_share': [2, 2, 1], 'digitisation.dossiers': [1, 4, 0.25] });
      const vx = await panel(departmentId('VX'));
      expect(vx.unit).toEqual({ id: departmentId('VX'), name: 'Phòng Văn hóa – Xã hội' });
      expect(vx.units).toEqual([]);
      expect(figures(vx.indicators)).toEqual({
        'progress.resolved_in_time': [0, 0, null],
        'progress.overdue': [0, 2, 0],
        'progress.overdue_apologised': [0, 0, null],
        'online_service.online_share': [0, 3, 0],
        'online_payment.online_share': [0, 0, null],
        'satisfaction.satisfied_share': [0, 1, 0],
        'satisfaction.mean_score': [3, 1, 3],
        'digitisation.dossiers': [0, 3, 0],
      });
    });
  });

  describe('ISO compliance of the dossiers’ process steps', () => {
    const compliance = (procedureCode?: string) => new DossierStepComplianceQueries(h.dataSource, clock).steps(MARCH, procedureCode);

    it('counts the hand-overs of the period per step, with median and p90 working days', async () => {
      expect(await compliance()).toEqual([
        // D, E on time the same day; F past the timed steps.
        { no: 1, task: 'Tiếp nhận hồ sơ', count: 3, early: 0, onTime: 2, late: 0, untimed: 1, onTimeRate: 1, medianWorkingDays: 0, p90WorkingDays: 0 },
        // A 1 day (27/2 → 2/3), E 1, D 9, B 10 (across the end of February): median 5, p90 9.7.
        { no: 2, task: 'Thẩm định hồ sơ', count: 4, early: 2, onTime: 1, late: 1, untimed: 0, onTimeRate: 0.75, medianWorkingDays: 5, p90WorkingDays: 9.7 },
      ]);
    });

    it('narrows to one procedure', async () => {
      expect(await compliance(STATS_PROCEDURE.building)).toEqual([
        { no: 1, task: 'Tiếp nhận hồ sơ', count: 1, early: 0, onTime: 0, late: 0, untimed: 1, onTimeRate: null, medianWorkingDays: 0, p90WorkingDays: 0 },
      ]);
      expect(await compliance('9.999999')).toEqual([]);
    });
  });

});
