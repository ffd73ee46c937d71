import {
  FINDING_KINDS, NONCONFORMITY_SOURCES, QUALITY_INDICATORS,
  type FindingKind, type KnownInternalAudit, type LocalDate, type NonconformitySource, type ReviewTopic,
} from '@office/domain';
import type { DataSource } from 'typeorm';
import { DossierStatisticsQueries } from '../../onestop/statistics/dossier-statistics.queries';
import type { DayPeriod } from '../../onestop/statistics/dossier-period';
import { QualityObjectivesQueries, type QualityObjectivesAnswer } from '../objectives/quality-objectives.queries';
import { QualityMeasures, vnDay, type MeasuredPeriod } from '../objectives/quality-measures';

/** On-time figures of one procedure's dossiers resolved in the period (the one-stop statistics grouped by procedure). */
export interface ProcedurePerformance {
  code: string | null;
  name: string;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
}

/** One step of the incoming-document process, as the ISO compliance table counts it (the API adds these). */
export interface DocumentStepPerformance {
  step: string;
  name: string;
  count: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
  /** The process and version(s) the step was measured against (QT-VB-01 or QT-VB-02), as the compliance table names it. */
  basis?: { processCode: string; version: string };
}

export interface ReviewInputs {
  period: MeasuredPeriod;
  /** Per procedure, and the desk's totals. */
  procedures: ProcedurePerformance[];
  dossierTotals: Omit<ProcedurePerformance, 'code' | 'name'>;
  nonconformities: { bySource: Array<{ source: NonconformitySource; opened: number; closed: number; openNow: number }>; opened: number; closed: number; openNow: number };
  audits: { items: Array<{ id: string; title: string; status: string; conductedOn: LocalDate | null; findings: Record<FindingKind, number> }>; findings: Record<FindingKind, number> };
  legalChanges: { items: Array<{ id: string; docSymbol: string; dueOn: LocalDate; doneOn: LocalDate | null; state: 'on_time' | 'late' | 'overdue' }>; onTime: number; late: number; overdue: number };
  satisfaction: { months: string[]; rated: number; satisfied: number; satisfiedSharePercent: number | null; meanScore: number | null };
  /** The objectives of the year the period ends in, measured over that year. */
  objectives: QualityObjectivesAnswer;
}

const zeroFindings = (): Record<FindingKind, number> => Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
const HCM_DAY = (column: string) => `((${column})::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/**
 * Đầu vào xem xét của lãnh đạo gathered from the log for a period (issue 12 item 5): per-procedure
 * on-time rates (the one-stop statistics), nonconformities opened and closed by source, audit
 * findings by kind, the legal changes' clocks, satisfaction (the 766 panel) and the year's
 * objectives. The document steps come from the API's ISO compliance query (`documentSteps`).
 */
export class ReviewInputsQueries {
  private readonly dossiers: DossierStatisticsQueries;
  private readonly measures: QualityMeasures;
  private readonly objectives: QualityObjectivesQueries;

  constructor(
    private readonly dataSource: DataSource,
    clock: () => Date = () => new Date(),
  ) {
    this.dossiers = new DossierStatisticsQueries(dataSource, clock);
    this.measures = new QualityMeasures(dataSource, clock);
    this.objectives = new QualityObjectivesQueries(dataSource, clock);
  }

  async gather(period: DayPeriod): Promise<ReviewInputs> {
    const p = this.measures.measured(period);
    const [statistics, nonconformities, audits, clocks, satisfaction, objectives] = await Promise.all([
      this.dossiers.statistics(period, 'procedure'),
      this.nonconformities(p),
      this.audits(p),
      this.measures.legalClocks(p),
      this.measures.satisfaction(p),
      this.objectives.objectives(Number(p.to.slice(0, 4))),
    ]);
    const performance = (r: { resolved: { total: number; early: number; onTime: number; late: number }; onTimeRate: number | null }) =>
      ({ resolved: r.resolved.total, early: r.resolved.early, onTime: r.resolved.onTime, late: r.resolved.late, onTimeRate: r.onTimeRate });
    const count = (state: string) => clocks.filter((c) => c.state === state).length;
    return {
      period: p,
      procedures: statistics.groups.filter((g) => g.resolved.total > 0).map((g) => ({ code: g.key, name: g.name, ...performance(g) })),
      dossierTotals: performance(statistics.totals),
      nonconformities,
      audits,
      legalChanges: { items: clocks, onTime: count('on_time'), late: count('late'), overdue: count('overdue') },
      satisfaction: {
        months: satisfaction.months, rated: satisfaction.rated, satisfied: satisfaction.satisfied,
        satisfiedSharePercent: satisfaction.rated ? Math.round((satisfaction.satisfied / satisfaction.rated) * 10_000) / 100 : null,
        meanScore: satisfaction.rated ? Math.round((satisfaction.scoreSum / satisfaction.rated) * 100) / 100 : null,
      },
      objectives,
    };
  }

  private async nonconformities(p: MeasuredPeriod): Promise<ReviewInputs['nonconformities']> {
    const rows: Array<{ source: NonconformitySource; opened: number; closed: number; open_now: number }> = await this.dataSource.query(
      `SELECT source,
              count(*) FILTER (WHERE ${HCM_DAY('raised_at')} BETWEEN $1::date AND $2::date)::int AS opened,
              count(*) FILTER (WHERE ${HCM_DAY(`state->'closing'->>'at'`)} BETWEEN $1::date AND $2::date)::int AS closed,
              count(*) FILTER (WHERE status <> 'closed' AND ${HCM_DAY('raised_at')} <= $2::date)::int AS open_now
         FROM rm_quality_nonconformities GROUP BY source`,
      [p.from, p.to],
    );
    const bySource = NONCONFORMITY_SOURCES.map((source) => {
      const r = rows.find((row) => row.source === source);
      return { source, opened: r?.opened ?? 0, closed: r?.closed ?? 0, openNow: r?.open_now ?? 0 };
    });
    const sum = (key: 'opened' | 'closed' | 'openNow') => bySource.reduce((n, s) => n + s[key], 0);
    return { bySource, opened: sum('opened'), closed: sum('closed'), openNow: sum('openNow') };
  }

  /** Audits conducted in the period, with their reported findings counted by kind. */
  private async audits(p: MeasuredPeriod): Promise<ReviewInputs['audits']> {
    const rows: Array<{ id: string; state: KnownInternalAudit }> = await this.dataSource.query(
      'SELECT id, state FROM rm_quality_audits WHERE conducted_on BETWEEN $1::date AND $2::date ORDER BY conducted_on, id',
      [p.from, p.to],
    );
    const findings = zeroFindings();
    const items = rows.map(({ id, state }) => {
      const own = zeroFindings();
      for (const f of state.report?.findings ?? []) {
        own[f.kind] += 1;
        findings[f.kind] += 1;
      }
      return { id, title: state.title, status: state.status, conductedOn: state.conductedOn, findings: own };
    });
    return { items, findings };
  }
}

const pct = (rate: number | null) => (rate === null ? 'chưa có số liệu' : `${(Math.round(rate * 10_000) / 100).toLocaleString('vi-VN')} %`);
const FINDING_LABELS: Record<FindingKind, string> = { nonconformity: 'không phù hợp', observation: 'khuyến nghị', opportunity: 'cơ hội cải tiến' };
const SOURCE_LABELS: Record<NonconformitySource, string> = { audit: 'đánh giá nội bộ', complaint: 'khiếu nại, phản ánh', kpi: 'chỉ số hoạt động', inspection: 'kiểm tra' };

/**
 * The review's required inputs as one Vietnamese paragraph each, from the gathered figures: what
 * the web's review form fills in with "Lấy dữ liệu từ hệ thống" (the secretary may edit them).
 */
export function reviewInputSummaries(inputs: ReviewInputs, documentSteps: readonly DocumentStepPerformance[]): Partial<Record<ReviewTopic, string>> {
  const { period, dossierTotals: d, nonconformities: nc, audits, legalChanges: lc, satisfaction: s, objectives } = inputs;
  const worst = [...inputs.procedures].filter((p) => p.late > 0).sort((a, b) => b.late - a.late).slice(0, 3);
  const steps = documentSteps
    .filter((step) => step.count > 0)
    .map((step) => `${step.name}${step.basis ? ` (${step.basis.processCode} phiên bản ${step.basis.version})` : ''}: ${pct(step.onTimeRate)} (${step.onTime}/${step.count})`);
  return {
    process_performance: [
      `Kỳ ${vnDay(period.from)} – ${vnDay(period.to)}: ${d.resolved} hồ sơ đã giải quyết (${d.early} trước hạn, ${d.onTime} đúng hạn, ${d.late} quá hạn), tỷ lệ đúng hạn ${pct(d.onTimeRate)}.`,
      worst.length ? `Thủ tục có nhiều hồ sơ quá hạn: ${worst.map((p) => `${p.name} (${p.late})`).join('; ')}.` : '',
      steps.length ? `Văn bản đến, văn bản đi — tỷ lệ đúng hạn theo bước: ${steps.join('; ')}.` : '',
    ].filter(Boolean).join(' '),
    nonconformities: `Mở mới ${nc.opened}, đã đóng ${nc.closed}, đang mở ${nc.openNow}. Theo nguồn: ${nc.bySource.filter((x) => x.opened || x.closed || x.openNow).map((x) => `${SOURCE_LABELS[x.source]} ${x.opened} mở / ${x.closed} đóng`).join('; ') || 'không có'}. Thay đổi pháp lý: ${lc.onTime} cập nhật đúng hạn, ${lc.late} trễ hạn, ${lc.overdue} đang quá hạn.`,
    audit_results: audits.items.length
      ? `${audits.items.length} cuộc đánh giá nội bộ (${audits.items.map((a) => a.title).join('; ')}); phát hiện: ${FINDING_KINDS.map((k) => `${audits.findings[k]} ${FINDING_LABELS[k]}`).join(', ')}.`
      : 'Không có cuộc đánh giá nội bộ nào được thực hiện trong kỳ.',
    satisfaction: s.rated
      ? `${s.rated} lượt đánh giá (chỉ số 766, ${s.months.join(', ')}): ${s.satisfiedSharePercent?.toLocaleString('vi-VN')} % hài lòng, điểm trung bình ${s.meanScore?.toLocaleString('vi-VN')}/5.`
      : 'Chưa có lượt đánh giá mức độ hài lòng nào trong kỳ.',
    objectives: objectives.objectives.length
      ? `Năm ${objectives.year}: đạt ${objectives.summary.met}/${objectives.summary.total} mục tiêu. ${objectives.objectives.map((o) => `${o.code} ${QUALITY_INDICATORS[o.indicator].name}: ${o.measured.value ?? '—'} / chỉ tiêu ${o.target} (${o.status === 'met' ? 'đạt' : o.status === 'not_met' ? 'chưa đạt' : 'chưa có số liệu'})`).join('; ')}.`
      : `Năm ${objectives.year} chưa đặt mục tiêu chất lượng.`,
  };
}
