import { INTERNAL_AUDIT_STATUS_LABELS, localDateOf, type LocalDate, type Organisation } from '@office/domain';
import type { AnnualQualityReport } from '@office/forms';
import { rateOf, type ScopeChangeWarning } from '@office/read-models';
import { peopleOf, qualityHeadline, type QualityFigures } from '../../audit/evidence/quality-parts';

const dayOf = (instant: string) => localDateOf(new Date(instant));

/**
 * The December report from the same figures as the evidence pack's quality parts: nothing here
 * is counted twice in two ways. Proposals are the reviews' decisions, then what the figures ask
 * for (overdue legal updates, open nonconformities, a renewal of the declaration).
 */
export function annualQualityReport(input: {
  year: number;
  figures: QualityFigures;
  documentSteps: ReadonlyArray<{ onTime: number; late: number }>;
  /** The processes the compliance table's steps were measured against, with their version(s) and the calendar. */
  documentProcesses: ReadonlyArray<{ processCode: string; version: string; calendarVersion: string }>;
  scopeChange: ScopeChangeWarning | null;
  organisation: Organisation;
  preparedBy: string;
  now: Date;
}): AnnualQualityReport {
  const { year, figures: f, organisation } = input;
  const { records } = f;
  const who = peopleOf(organisation);
  const asOf = localDateOf(input.now) < records.period.to ? localDateOf(input.now) : records.period.to;
  const headline = qualityHeadline(f, input.documentSteps, localDateOf(input.now));
  const inYear = (day: LocalDate) => day >= records.period.from && day <= records.period.to;
  const declarations = records.declarations;
  const last = declarations[declarations.length - 1];
  const raised = records.nonconformities.filter((nc) => inYear(dayOf(nc.raisedAt)));
  const bySource: Record<string, number> = {};
  for (const nc of raised) bySource[nc.source] = (bySource[nc.source] ?? 0) + 1;
  const reported = records.audits.filter((a) => a.report !== null);
  const findings = reported.flatMap((a) => a.report!.findings);
  const satisfaction = f.satisfaction.flatMap((m) => m.indicators);
  const sumOf = (key: string, part: 'numerator' | 'denominator') => satisfaction.filter((i) => i.key === key).reduce((n, i) => n + i[part], 0);
  const totals = f.procedures.totals;
  const open = records.nonconformities.filter((nc) => nc.status !== 'closed');
  const overdueChanges = records.legalChanges.filter((c) => c.clockState === 'overdue');

  const proposals = [
    ...records.reviews.flatMap((r) => r.decisions),
    ...overdueChanges.map((c) => `Hoàn thành cập nhật quy trình theo ${c.docSymbol} (quá hạn ${c.daysLate} ngày).`),
    ...(open.length > 0 ? [`Hoàn thành hành động khắc phục cho ${open.length} điểm không phù hợp còn mở.`] : []),
    ...(input.scopeChange ? ['Công bố lại hệ thống quản lý chất lượng phù hợp do phạm vi áp dụng đã thay đổi.'] : []),
  ];

  return {
    year,
    period: records.period,
    asOf,
    scope: {
      declaration: last ? { decisionNo: last.decisionNo, declaredOn: last.declaredOn, procedureCodes: last.procedureCodes } : null,
      proceduresInForce: new Set(records.processes.map((p) => p.code)).size,
      change: input.scopeChange?.procedures ?? null,
    },
    processes: [...records.processes, ...records.internalProcesses].map((p) => ({
      code: p.code, name: p.name, version: p.version, effectiveFrom: p.effectiveFrom, effectiveTo: p.effectiveTo, decisionRef: p.approval.decisionRef, approvedOn: dayOf(p.approval.at),
    })),
    basis: {
      documentSteps: input.documentProcesses.map(({ processCode, version }) => ({ processCode, version })),
      calendarVersion: input.documentProcesses[0]?.calendarVersion ?? '',
    },
    legalChanges: {
      total: records.legalChanges.length,
      onTime: headline.legalChangesOnTime,
      late: headline.legalChangesLate,
      overdue: headline.legalChangesOverdue,
      pending: records.legalChanges.filter((c) => c.clockState === 'pending' || c.clockState === 'due_soon').length,
      items: records.legalChanges.map((c) => ({ docSymbol: c.docSymbol, effectiveFrom: c.effectiveFrom, dueOn: c.dueOn, doneOn: c.doneOn, state: c.clockState, daysLate: c.daysLate })),
    },
    audits: {
      planned: records.audits.length,
      reported: reported.length,
      findings: findings.length,
      nonconformityFindings: findings.filter((x) => x.kind === 'nonconformity').length,
      items: records.audits.map((a) => ({ title: a.title, plannedOn: a.plannedOn, conductedOn: a.conductedOn, status: INTERNAL_AUDIT_STATUS_LABELS[a.status], findings: a.report?.findings.length ?? 0 })),
    },
    reviews: {
      held: records.reviews.length,
      confirmed: records.reviews.filter((r) => r.status === 'confirmed').length,
      items: records.reviews.map((r) => ({ heldOn: r.heldOn, chair: who(r.chairId), confirmedOn: r.confirmation ? dayOf(r.confirmation.at) : null, decisions: r.decisions })),
    },
    nonconformities: { raised: raised.length, closed: records.nonconformities.filter((nc) => nc.closing !== null && inYear(dayOf(nc.closing.at))).length, open: open.length, bySource },
    declarations: declarations
      .filter((d) => inYear(d.declaredOn) || d === last)
      .map((d) => ({ decisionNo: d.decisionNo, declaredOn: d.declaredOn, procedures: d.procedureCodes.length, notifiedOn: d.notice?.notifiedOn ?? null, postedOn: d.posting?.postedOn ?? null })),
    performance: {
      dossiers: {
        received: totals.received.newOnline + totals.received.newDirectOrPost, resolved: totals.resolved.total, early: totals.resolved.early, onTime: totals.resolved.onTime,
        late: totals.resolved.late, inProgressOverdue: totals.inProgress.overdue, onTimeRate: totals.onTimeRate,
      },
      dossierStepsOnTimeRate: headline.dossierStepsOnTimeRate,
      documentStepsOnTimeRate: headline.documentStepsOnTimeRate,
      satisfaction: {
        rated: sumOf('satisfaction.satisfied_share', 'denominator'),
        satisfiedShare: rateOf(sumOf('satisfaction.satisfied_share', 'numerator'), sumOf('satisfaction.satisfied_share', 'denominator')),
        meanScore: rateOf(sumOf('satisfaction.mean_score', 'numerator'), sumOf('satisfaction.mean_score', 'denominator')),
      },
    },
    proposals,
    preparedBy: input.preparedBy,
    generatedAt: input.now.toISOString(),
  };
}
