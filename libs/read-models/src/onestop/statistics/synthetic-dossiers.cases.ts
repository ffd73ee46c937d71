import { DEMO_ORGANISATION } from '@office/domain';
import { vn } from '@office/domain/testing/document-fixtures';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { openHarness, type ProjectionHarness } from '../../../../../apps/projector/src/testing/projection-harness';
import { OrganisationDirectory } from '../../organisation/organisation-directory';
import { DossierStatisticsQueries } from './dossier-statistics.queries';
import { Index766Queries } from './index766.queries';
import { DossierStepComplianceQueries } from './step-compliance.queries';
import { fillSyntheticDossiers } from './testing/synthetic-dossiers';

/*
 * The generator of the scale measurements, small, and the figures' invariants over its year: every
 * dossier received in the year is resolved, withdrawn, stopped or still in progress at its end;
 * units and groups add up to the desk. (The measurements themselves are not tests.)
 */
describe('statistics over a synthetic year', () => {
  let h: ProjectionHarness;
  const clock = () => new Date(vn('2027-01-05', '10:00'));
  const YEAR = { from: '2026-01-01', to: '2026-12-31' };

  beforeAll(async () => {
    h = await openHarness();
    await new OrganisationDirectory(h.dataSource).seed(DEMO_ORGANISATION, async () => 'not-a-password');
    await fillSyntheticDossiers(h.dataSource, 2_000, 2026);
  });
  afterAll(async () => h?.close());

  it('accounts for every dossier of the year, whatever the grouping', async () => {
    for (const groupBy of ['field', 'procedure', 'unit'] as const) {
      const { totals, groups } = await new DossierStatisticsQueries(h.dataSource, clock).statistics(YEAR, groupBy);
      expect(totals.received).toMatchObject({ carriedOver: 0, total: 2_000 });
      expect(totals.resolved.total + totals.withdrawals + totals.stops + totals.inProgress.total).toBe(2_000);
      expect(totals.resolved.early + totals.resolved.onTime + totals.resolved.late).toBe(totals.resolved.total);
      expect(groups.reduce((n, g) => n + g.received.total, 0)).toBe(2_000);
      expect(totals.refusals + totals.supplementRequestsAtReception).toBe(100);
    }
  });

  it('carries a month’s open dossiers into the next, and its units add up to the desk', async () => {
    const stats = new DossierStatisticsQueries(h.dataSource, clock);
    const june = await stats.statistics({ from: '2026-06-01', to: '2026-06-30' }, 'unit');
    const july = await stats.statistics({ from: '2026-07-01', to: '2026-07-31' }, 'unit');
    expect(july.totals.received.carriedOver).toBe(june.totals.inProgress.total);
    const panel = await new Index766Queries(h.dataSource, clock).panel('2026-06');
    const figure = (indicators: typeof panel.indicators, key: string) => indicators.find((i) => i.key === key)!;
    for (const key of ['progress.resolved_in_time', 'digitisation.dossiers']) {
      const units = panel.units.map((u) => figure(u.indicators, key));
      expect([units.reduce((n, i) => n + i.numerator, 0), units.reduce((n, i) => n + i.denominator, 0)]).toEqual([figure(panel.indicators, key).numerator, figure(panel.indicators, key).denominator]);
    }
    expect(figure(panel.indicators, 'digitisation.dossiers').denominator).toBe(june.totals.received.newOnline + june.totals.received.newDirectOrPost);
  });

  it('counts every hand-over of the year once, per step', async () => {
    const steps = await new DossierStepComplianceQueries(h.dataSource, clock).steps(YEAR);
    const [{ handed }] = await h.dataSource.query(
      `SELECT count(*)::int AS handed FROM rm_dossier_handovers WHERE handed_at >= '2025-12-31T17:00:00Z' AND handed_at < '2026-12-31T17:00:00Z'`,
    );
    expect(steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5]);
    expect(steps.reduce((n, s) => n + s.count, 0)).toBe(handed);
  });
});
