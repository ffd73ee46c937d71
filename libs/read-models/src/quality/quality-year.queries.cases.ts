import { INCOMING_DOCUMENTS_PROCESS, OUTGOING_DOCUMENTS_PROCESS, procedureStreamName } from '@office/domain';
import { vn } from '@office/domain/testing/document-fixtures';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { catchUp, openHarness, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { appendAll, type ScenarioEvent } from '../../../../apps/projector/src/testing/scenario';
import { dossiersProjection } from '../onestop/dossiers/dossiers.projection';
import { procedureCatalogueProjection } from '../onestop/procedure-catalogue/procedure-catalogue.projection';
import { internalProcessesProjection } from '../process/internal-processes/internal-processes.projection';
import { internalAuditsProjection } from './audits/internal-audits.projection';
import { qmsDeclarationsProjection } from './declarations/qms-declarations.projection';
import { legalChangesProjection } from './legal-changes/legal-changes.projection';
import { nonconformitiesProjection } from './nonconformities/nonconformities.projection';
import { qualityObjectivesProjection } from './objectives/quality-objectives.projection';
import { QualityObjectivesQueries } from './objectives/quality-objectives.queries';
import { ReviewInputsQueries, reviewInputSummaries } from './review-inputs/review-inputs.queries';
import { managementReviewsProjection } from './reviews/management-reviews.projection';
import { SelfCheckQueries } from './self-check/self-check.queries';
import { ID } from './testing/quality-scenario';
import { qualityYearScenario } from './testing/quality-objectives-scenario';

const on = (day: string) => () => new Date(vn(day, '10:00'));

/** The office's internal processes: QT-VB-01 approved; QT-VB-02 drafted, not yet approved. */
const stamp = { by: 'iso', at: '2026-01-05T02:00:00.000Z' };
const internalProcesses = (): ScenarioEvent[] => [
  { type: 'InternalProcessRegistered', data: { code: INCOMING_DOCUMENTS_PROCESS.code, name: INCOMING_DOCUMENTS_PROCESS.name, ...stamp } },
  { type: 'InternalProcessVersionDrafted', data: { code: INCOMING_DOCUMENTS_PROCESS.code, version: 1, ...INCOMING_DOCUMENTS_PROCESS.version1, ...stamp } },
  { type: 'ProcedureVersionApproved', data: { code: INCOMING_DOCUMENTS_PROCESS.code, version: 1, decisionRef: '01/QĐ-VP', ...stamp } },
  { type: 'InternalProcessRegistered', data: { code: OUTGOING_DOCUMENTS_PROCESS.code, name: OUTGOING_DOCUMENTS_PROCESS.name, ...stamp } },
  { type: 'InternalProcessVersionDrafted', data: { code: OUTGOING_DOCUMENTS_PROCESS.code, version: 1, ...OUTGOING_DOCUMENTS_PROCESS.version1, ...stamp } },
].map((e) => ({ stream: procedureStreamName(e.data.code), type: e.type, data: e.data as unknown as JsonObject, actorId: 'iso' }));

describe('the quality year: objectives measured, review inputs, self-check', () => {
  let h: ProjectionHarness;

  beforeAll(async () => {
    h = await openHarness();
    await appendAll(h.store, [...qualityYearScenario(), ...internalProcesses()]);
    await catchUp(h, [internalProcessesProjection, procedureCatalogueProjection, dossiersProjection, legalChangesProjection, nonconformitiesProjection, internalAuditsProjection, managementReviewsProjection, qmsDeclarationsProjection, qualityObjectivesProjection], 500);
  });
  afterAll(async () => h?.close());

  it('each objective is measured from the log as of the year’s end and judged measured ≥ target', async () => {
    const answer = await new QualityObjectivesQueries(h.dataSource, on('2027-01-10')).objectives(2026);
    expect(answer.period).toEqual({ from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-31' });
    expect(answer.policy).toMatch(/đúng hạn/);
    expect(answer.objectives.map((o) => [o.code, o.measured.numerator, o.measured.denominator, o.measured.value, o.status])).toEqual([
      ['MT-01', 1, 1, 100, 'met'], // dossier a resolved early
      ['MT-02', 0, 0, null, 'no_data'], // no incoming document in this scenario
      ['MT-03', 1, 2, 50, 'not_met'], // the closed NC by its due day, the open one past 30/4
      ['MT-04', 5, 1, 5, 'met'], // one rating, 5 points
      ['MT-05', 2, 3, 66.67, 'not_met'], // NĐ 175 and TT 03 on time; QĐ 12 overdue since 30/4
    ]);
    expect(answer.summary).toEqual({ total: 5, met: 2, notMet: 2, noData: 1 });
  });

  it('as of a day within the year, only what fell due by then counts', async () => {
    const answer = await new QualityObjectivesQueries(h.dataSource, on('2026-03-25')).objectives(2026);
    expect(answer.period.asOf).toBe('2026-03-25');
    expect(answer.objectives.find((o) => o.code === 'MT-03')!.measured).toMatchObject({ denominator: 0, value: null });
    expect(answer.objectives.find((o) => o.code === 'MT-05')!.measured).toMatchObject({ numerator: 2, denominator: 2, value: 100 });
  });

  it('a year without objectives answers none, and no policy', async () => {
    expect(await new QualityObjectivesQueries(h.dataSource, on('2027-01-10')).objectives(2027)).toMatchObject({ policy: null, objectives: [], revision: 0, summary: { total: 0 } });
  });

  it('review inputs of March: per procedure, NCs by source, audit findings by kind, legal clocks, satisfaction, objectives', async () => {
    const inputs = await new ReviewInputsQueries(h.dataSource, on('2026-04-10')).gather({ from: '2026-03-01', to: '2026-03-31' });
    expect(inputs.procedures).toEqual([expect.objectContaining({ code: '1.004227', resolved: 1, early: 1, onTime: 0, late: 0, onTimeRate: 1 })]);
    expect(inputs.dossierTotals).toMatchObject({ resolved: 1, early: 1 });
    expect(inputs.nonconformities).toMatchObject({ opened: 2, closed: 1, openNow: 1 });
    expect(inputs.nonconformities.bySource.find((s) => s.source === 'audit')).toEqual({ source: 'audit', opened: 2, closed: 1, openNow: 1 });
    expect(inputs.audits.items).toEqual([expect.objectContaining({ id: ID.audit, findings: { nonconformity: 1, observation: 0, opportunity: 0 } })]);
    expect(inputs.legalChanges).toMatchObject({ onTime: 1, late: 0, overdue: 0, items: [expect.objectContaining({ id: ID.none, state: 'on_time' })] });
    expect(inputs.satisfaction).toEqual({ months: ['2026-03'], rated: 1, satisfied: 1, satisfiedSharePercent: 100, meanScore: 5 });
    expect(inputs.objectives.year).toBe(2026);
    const summaries = reviewInputSummaries(inputs, [{ step: 'submit', name: 'Thẩm định, trình', count: 4, onTime: 3, late: 1, onTimeRate: 0.75 }]);
    expect(Object.keys(summaries).sort()).toEqual(['audit_results', 'nonconformities', 'objectives', 'process_performance', 'satisfaction']);
    expect(summaries.process_performance).toContain('Thẩm định, trình: 75 % (3/4)');
    expect(summaries.satisfaction).toContain('điểm trung bình 5/5');
  });

  it('the self-check list answers each point of TT 26 Art. 36 with its evidence and links', async () => {
    const answer = await new SelfCheckQueries(h.dataSource, on('2027-01-10')).selfCheck(2026);
    const byKey = Object.fromEntries(answer.points.map((p) => [p.key, p]));
    expect(answer.points.map((p) => [p.key, p.status])).toEqual([
      ['scope', 'partly'], // declared for 1.004227 only; the catalogue has three
      ['dissemination', 'partly'],
      ['processes_approved', 'partly'], // 1.009999 has no approved version
      ['operation', 'partly'], // 2 of 5 objectives met
      ['internal_audit', 'met'],
      ['management_review', 'met'],
      ['corrective_actions', 'partly'], // one closed, one action overdue since 30/4
      ['complaints', 'met'],
      ['improvement', 'met'],
      ['confirmation', 'met'],
      ['declaration', 'partly'], // notified and posted, but the scope no longer covers the catalogue
      ['legal_updates', 'partly'],
      ['consultants', 'partly'],
    ]);
    expect(byKey.scope.evidence.counts).toEqual({ catalogued: 3, inScope: 1, missing: 2 });
    // The office's own processes are counted beside the procedures: QT-VB-02 still waits for approval.
    expect(byKey.processes_approved.evidence.counts).toMatchObject({ internalProcesses: 2, internalInForce: 1 });
    expect(byKey.processes_approved.evidence.ids).toContain('QT-VB-02');
    expect(byKey.processes_approved.evidence.summary).toContain('quy trình nội bộ: 1/2 (QT-VB-01, QT-VB-02)');
    expect(byKey.internal_audit.links).toEqual([{ href: `/iso/danh-gia-noi-bo/${ID.audit}`, text: 'Đánh giá nội bộ đợt 1/2026' }]);
    expect(byKey.corrective_actions.evidence.ids).toEqual([ID.ncOpen, ID.ncClosed]);
    expect(byKey.declaration.links[0].href).toBe(`/iso/cong-bo/${ID.declaration}`);
    expect(byKey.legal_updates.evidence.counts).toEqual({ onTime: 2, late: 0, overdue: 1 });
    expect(byKey.dissemination.answeredFromLog).toBe(false);
    expect(answer.summary.met + answer.summary.partly + answer.summary.not_met).toBe(13);
  });

  it('a year with nothing done is not met where the law asks for a yearly audit, review and confirmation', async () => {
    const answer = await new SelfCheckQueries(h.dataSource, on('2027-10-01')).selfCheck(2027);
    const status = Object.fromEntries(answer.points.map((p) => [p.key, p.status]));
    expect([status.internal_audit, status.management_review, status.confirmation, status.operation]).toEqual(['not_met', 'not_met', 'not_met', 'not_met']);
  });
});
