import { CODE, OTHER_CODE } from '@office/domain/quality/testing/quality-fixtures';
import { userId } from '@office/domain/testing/document-fixtures';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import {
  applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness, type TableOrder,
} from '../../../../apps/projector/src/testing/projection-harness';
import type { Projection } from '../projection';
import { internalAuditsProjection } from './audits/internal-audits.projection';
import { qmsDeclarationsProjection } from './declarations/qms-declarations.projection';
import { legalChangesProjection } from './legal-changes/legal-changes.projection';
import { ncProposalsProjection } from './nc-proposals/nc-proposals.projection';
import { nonconformitiesProjection } from './nonconformities/nonconformities.projection';
import { managementReviewsProjection } from './reviews/management-reviews.projection';
import { ID, qualityScenario } from './testing/quality-scenario';

const cases: Array<{ projection: Projection; tables: TableOrder[]; expectRows: (rows: Record<string, JsonRow[]>) => void }> = [
  {
    projection: legalChangesProjection,
    tables: [{ table: 'rm_quality_legal_changes', orderBy: 'id' }],
    expectRows: ({ rm_quality_legal_changes: rows }) =>
      expect(rows.map((r) => [r.id, r.status, r.due_on, r.done_on, r.procedure_codes])).toEqual([
        [ID.done, 'incorporated', '2026-02-28', '2026-02-10', [CODE]],
        [ID.open, 'revising', '2026-04-30', null, [CODE, OTHER_CODE]],
        [ID.none, 'no_impact', '2026-06-01', '2026-03-06', [CODE]],
      ]),
  },
  {
    projection: nonconformitiesProjection,
    tables: [{ table: 'rm_quality_nonconformities', orderBy: 'id' }],
    expectRows: ({ rm_quality_nonconformities: rows }) => {
      expect(rows.map((r) => [r.id, r.status, r.source, r.action_owner_id, r.action_due_on])).toEqual([
        [ID.ncOpen, 'action_planned', 'audit', userId('tp.kt'), '2026-04-30'],
        [ID.ncClosed, 'closed', 'audit', null, null],
      ]);
      // The row is read from the domain's own fold, kept to resume from.
      expect(rows[1].state).toMatchObject({ rootCause: { rootCause: 'Chưa theo dõi hạn' }, actions: [{ verification: { effective: true } }] });
    },
  },
  {
    projection: internalAuditsProjection,
    tables: [{ table: 'rm_quality_audits', orderBy: 'id' }],
    expectRows: ({ rm_quality_audits: rows }) => expect(rows.map((r) => [r.id, r.year, r.status, r.conducted_on])).toEqual([[ID.audit, 2026, 'closed', '2026-03-04']]),
  },
  {
    projection: managementReviewsProjection,
    tables: [{ table: 'rm_quality_reviews', orderBy: 'id' }],
    expectRows: ({ rm_quality_reviews: rows }) => expect(rows.map((r) => [r.id, r.year, r.held_on, r.status])).toEqual([[ID.review, 2026, '2026-03-03', 'confirmed']]),
  },
  {
    projection: qmsDeclarationsProjection,
    tables: [{ table: 'rm_quality_declarations', orderBy: 'id' }],
    expectRows: ({ rm_quality_declarations: rows }) => {
      expect(rows.map((r) => [r.id, r.declared_on, r.review_id])).toEqual([[ID.declaration, '2026-03-05', ID.review]]);
      expect(rows[0].state).toMatchObject({ notice: { docRef: '30/VP-HCTC', notifiedOn: '2026-03-06' }, posting: { postedOn: '2026-03-06', websiteUrl: null } });
    },
  },
  {
    projection: ncProposalsProjection,
    tables: [{ table: 'rm_quality_nc_proposals', orderBy: 'key' }],
    expectRows: ({ rm_quality_nc_proposals: rows }) => {
      expect(rows.map((r) => [r.key, r.status, r.dossier_id, r.document_id, r.step, r.nonconformity_id])).toEqual([
        [`dossier.${ID.lateDossier}`, 'accepted', ID.lateDossier, null, null, ID.proposedNc],
        [`step.${ID.overdueDocument}.submit`, 'dismissed', null, ID.overdueDocument, 'submit', null],
      ]);
      expect(rows[1].state).toMatchObject({ reason: 'Chờ ý kiến của Sở Tài chính theo yêu cầu của lãnh đạo', decidedBy: userId('thuky.iso') });
    },
  },
];

/** The six projections live together on one log, as the projector runs them; each is then checked, applied again and rebuilt on its own. */
describe('quality projections', () => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, cases.map((c) => c.projection), qualityScenario(), cases.flatMap((c) => c.tables));
  });
  afterAll(async () => h?.close());

  describe.each(cases)('$projection.name', ({ projection, tables, expectRows }) => {
    /** This projection's tables as they were built live. */
    const builtLive = () => Object.fromEntries(tables.map(({ table }) => [table, live[table]]));

    it('keeps one row per record, as the domain folds it', () => {
      expectRows(live);
    });

    it('gives the same rows when every event is applied a second time', async () => {
      const log = await wholeLog(h.store);
      await applyDirectly(h, projection, log);
      await applyDirectly(h, projection, log.slice(3, 20));
      expect(await snapshotAll(h, tables)).toEqual(builtLive());
    });

    it.each([1, 500])('rebuilds from zero in batches of %i to exactly the rows built live', async (batch) => {
      await resetProjection(h, projection, tables.map((t) => t.table));
      await catchUp(h, [projection], batch);
      expect(await snapshotAll(h, tables)).toEqual(builtLive());
    });
  });
});
