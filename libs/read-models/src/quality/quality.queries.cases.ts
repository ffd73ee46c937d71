import { vn } from '@office/domain/testing/document-fixtures';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { catchUp, openHarness, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { appendAll } from '../../../../apps/projector/src/testing/scenario';
import { internalAuditsProjection } from './audits/internal-audits.projection';
import { qmsDeclarationsProjection } from './declarations/qms-declarations.projection';
import { legalChangesProjection } from './legal-changes/legal-changes.projection';
import { nonconformitiesProjection } from './nonconformities/nonconformities.projection';
import { QualityQueries } from './quality.queries';
import { managementReviewsProjection } from './reviews/management-reviews.projection';
import { ID, qualityScenario } from './testing/quality-scenario';

const on = (day: string) => () => new Date(vn(day, '10:00'));

describe('quality queries', () => {
  let h: ProjectionHarness;
  const queries = (day: string) => new QualityQueries(h.dataSource, on(day));

  beforeAll(async () => {
    h = await openHarness();
    await appendAll(h.store, qualityScenario());
    await catchUp(h, [legalChangesProjection, nonconformitiesProjection, internalAuditsProjection, managementReviewsProjection, qmsDeclarationsProjection], 500);
  });
  afterAll(async () => h?.close());

  it('the legal-change log gives each change its 3-month clock as of the day asked', async () => {
    const log = await queries('2026-04-10').legalChanges();
    expect(log.map((c) => [c.id, c.docSymbol, c.clock.state, c.clock.daysLate])).toEqual([
      [ID.none, '03/2026/TT-BXD', 'on_time', 0],
      [ID.open, '12/2026/QĐ-UBND', 'due_soon', 0],
      [ID.done, '175/2024/NĐ-CP', 'on_time', 0],
    ]);
    expect((await queries('2026-05-12').legalChange(ID.open)).clock).toEqual({ dueOn: '2026-04-30', doneOn: null, state: 'overdue', daysLate: 12 });
    expect(await queries('2026-04-10').legalChanges({ year: 2025 })).toHaveLength(1);
    expect((await queries('2026-04-10').legalChanges({ status: 'revising' })).map((c) => c.id)).toEqual([ID.open]);
  });

  it('the queue holds what is due within 30 days or overdue, most urgent first', async () => {
    expect(await queries('2026-03-20').queue()).toEqual({ asOf: '2026-03-20', legalChanges: [], actions: [], warnings: [] });
    const queue = await queries('2026-05-02').queue();
    expect(queue.legalChanges).toEqual([expect.objectContaining({ id: ID.open, status: 'revising', clock: { dueOn: '2026-04-30', doneOn: null, state: 'overdue', daysLate: 2 } })]);
    expect(queue.actions).toEqual([expect.objectContaining({ id: ID.ncOpen, action: 'Bật cảnh báo hạn', clock: expect.objectContaining({ state: 'overdue', daysLate: 2 }) })]);
  });

  it('from 1 October, a year without a reported audit or a confirmed review is warned', async () => {
    expect((await queries('2026-10-01').queue()).warnings).toEqual([]);
    expect((await queries('2027-09-30').queue()).warnings).toEqual([]);
    expect((await queries('2027-10-01').queue()).warnings.map((w) => [w.kind, w.year])).toEqual([['internal_audit', 2027], ['management_review', 2027]]);
  });

  it('serves the NC/CA log, audits, reviews and declarations as the domain folded them; 404 for an unknown id', async () => {
    const q = queries('2026-04-10');
    expect((await q.nonconformities({ status: 'closed' })).map((n) => n.id)).toEqual([ID.ncClosed]);
    expect(await q.nonconformity(ID.ncOpen)).toMatchObject({ source: 'audit', sourceRef: ID.audit, actions: [{ action: 'Bật cảnh báo hạn', dueOn: '2026-04-30' }] });
    expect(await q.audits({ year: 2026 })).toEqual([expect.objectContaining({ id: ID.audit, status: 'closed', conductedOn: '2026-03-04' })]);
    expect(await q.reviews({ year: 2025 })).toEqual([]);
    expect(await q.declarations()).toEqual([expect.objectContaining({ id: ID.declaration, decisionNo: '25/QĐ-VP', reviewId: ID.review })]);
    await expect(q.audit(ID.review)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
