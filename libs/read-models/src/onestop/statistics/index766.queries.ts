import { addCalendarDays, localDateOf, type LocalDate } from '@office/domain';
import type { DataSource } from 'typeorm';
import { Sql } from '../../sql/sql';
import { rateOf } from './percentile';
import { dossierPeriodSql, minDay, periodParams, UNIT_OF_DOSSIER, type DayPeriod } from './dossier-period';

/** One QĐ 766/QĐ-TTg indicator with its raw figures: `value` is numerator / denominator (the mean score for `satisfaction.mean_score`), null when the denominator is 0. */
export interface Indicator766 {
  key: string;
  group: Indicator766Group;
  name: string;
  numerator: number;
  denominator: number;
  value: number | null;
}

export type Indicator766Group = 'progress' | 'online_service' | 'online_payment' | 'satisfaction' | 'digitisation';

export interface Panel766 {
  month: string;
  period: DayPeriod & { stateAsOf: LocalDate };
  /** The desk as a whole, or the unit asked for. */
  unit: { id: string; name: string | null } | null;
  indicators: Indicator766[];
  /** Each handling unit's panel, when the whole desk was asked for. */
  units: Array<{ id: string | null; name: string | null; indicators: Indicator766[] }>;
}

const FIGURES = [
  'resolved', 'resolved_in_time', 'late', 'open_at_end', 'overdue', 'late_or_overdue_apologised', 'online_offered', 'online', 'fee_bearing', 'paid_online',
  'rated', 'satisfied', 'score_sum', 'received', 'digitised',
] as const;
/** The month's counts the indicators are made of (one SQL column each). */
type FiguresRecord = Record<(typeof FIGURES)[number], number>;

/** An indicator of research §A.7: its key, group, Vietnamese name and how its two figures come from the month's counts. */
interface IndicatorDefinition {
  key: string;
  group: Indicator766Group;
  name: string;
  numerator: (r: FiguresRecord) => number;
  denominator: (r: FiguresRecord) => number;
}

/**
 * Not here: results issued electronically (số hóa kết quả) — no event records how a result was
 * issued (`ResultIssuedElectronically` does not exist yet), and an online return is not the same thing.
 */
const INDICATORS: readonly IndicatorDefinition[] = [
  { key: 'progress.resolved_in_time', group: 'progress', name: 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn', numerator: (r) => r.resolved_in_time, denominator: (r) => r.resolved },
  {
    key: 'progress.overdue', group: 'progress', name: 'Tỷ lệ hồ sơ quá hạn (đã giải quyết quá hạn và đang giải quyết quá hạn)',
    numerator: (r) => r.late + r.overdue, denominator: (r) => r.resolved + r.open_at_end,
  },
  { key: 'progress.overdue_apologised', group: 'progress', name: 'Tỷ lệ hồ sơ quá hạn có văn bản xin lỗi', numerator: (r) => r.late_or_overdue_apologised, denominator: (r) => r.late + r.overdue },
  {
    key: 'online_service.online_share', group: 'online_service', name: 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ của thủ tục có dịch vụ công trực tuyến',
    numerator: (r) => r.online, denominator: (r) => r.online_offered,
  },
  {
    key: 'online_payment.online_share', group: 'online_payment', name: 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có phí, lệ phí',
    numerator: (r) => r.paid_online, denominator: (r) => r.fee_bearing,
  },
  { key: 'satisfaction.satisfied_share', group: 'satisfaction', name: 'Tỷ lệ hồ sơ được đánh giá hài lòng (4–5 điểm)', numerator: (r) => r.satisfied, denominator: (r) => r.rated },
  { key: 'satisfaction.mean_score', group: 'satisfaction', name: 'Điểm hài lòng trung bình (thang 1–5)', numerator: (r) => r.score_sum, denominator: (r) => r.rated },
  { key: 'digitisation.dossiers', group: 'digitisation', name: 'Tỷ lệ hồ sơ được số hóa thành phần hồ sơ', numerator: (r) => r.digitised, denominator: (r) => r.received },
];

/**
 * The QĐ 766 desk panel of a month (research §A.7) from `dossiers.v1` and the catalogue: progress
 * counts the results that reached the desk in the month and what was in progress at its end;
 * the other groups count the dossiers received in the month (their payment, rating and
 * digitisation as recorded now). For the desk and per handling unit, in one grouped scan.
 */
export class Index766Queries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async panel(month: string, unitId: string | null = null): Promise<Panel766> {
    const from = `${month}-01`;
    const to = addCalendarDays(nextMonth(from), -1);
    const today = localDateOf(this.clock());
    const sql = new Sql();
    const p = periodParams(sql, { from, to }, today);
    const when = dossierPeriodSql(p);
    const received = `d.received_on >= ${p.from}`;
    const count = (condition: string) => `count(*) FILTER (WHERE ${condition})::int`;
    const unitFilter = unitId ? `AND ${UNIT_OF_DOSSIER} = ${sql.p(unitId)}::uuid` : '';
    // Per unit only: every dossier counts for one unit and every figure is a count, so the desk's are the units' sums.
    const units: Array<FiguresRecord & { unit_id: string | null; unit_name: string | null }> = await this.dataSource.query(
      `SELECT x.*, u.name AS unit_name FROM (
       SELECT ${UNIT_OF_DOSSIER} AS unit_id,
              ${count(when.resolved)} AS resolved,
              ${count(`${when.resolved} AND d.classification IN ('early', 'on_time')`)} AS resolved_in_time,
              ${count(`${when.resolved} AND d.classification = 'late'`)} AS late,
              ${count(when.openAtEnd)} AS open_at_end,
              ${count(when.overdueAtEnd)} AS overdue,
              ${count(`((${when.resolved} AND d.classification = 'late') OR ${when.overdueAtEnd}) AND d.apologies > 0`)} AS late_or_overdue_apologised,
              ${count(`${received} AND v.online_level IN ('full', 'partial')`)} AS online_offered,
              ${count(`${received} AND v.online_level IN ('full', 'partial') AND d.online`)} AS online,
              ${count(`${received} AND d.fee_assessed_vnd > 0`)} AS fee_bearing,
              ${count(`${received} AND d.fee_assessed_vnd > 0 AND d.payment_method = 'online'`)} AS paid_online,
              ${count(`${received} AND d.satisfaction_score IS NOT NULL`)} AS rated,
              ${count(`${received} AND d.satisfaction_score >= 4`)} AS satisfied,
              coalesce(sum(d.satisfaction_score) FILTER (WHERE ${received}), 0)::int AS score_sum,
              ${count(received)} AS received,
              ${count(`${received} AND d.digitised_items > 0`)} AS digitised
         FROM rm_dossiers d
         LEFT JOIN org_fields f ON f.code = d.field_code
         LEFT JOIN rm_procedure_versions v ON v.code = d.procedure_code AND v.version = d.procedure_version
        WHERE ${when.relevant} ${unitFilter}
        GROUP BY 1) x
       LEFT JOIN org_departments u ON u.id = x.unit_id
       ORDER BY u.name`,
      sql.params,
    );
    const total = Object.fromEntries(FIGURES.map((k) => [k, units.reduce((n, r) => n + r[k], 0)])) as FiguresRecord;
    return {
      month,
      period: { from, to, stateAsOf: minDay(to, today) },
      unit: unitId ? { id: unitId, name: units[0]?.unit_name ?? null } : null,
      indicators: indicatorsOf(total),
      units: unitId ? [] : units.map((r) => ({ id: r.unit_id, name: r.unit_name, indicators: indicatorsOf(r) })),
    };
  }
}

function indicatorsOf(r: FiguresRecord): Indicator766[] {
  return INDICATORS.map(({ key, group, name, numerator, denominator }) => {
    const [n, d] = [numerator(r), denominator(r)];
    return { key, group, name, numerator: n, denominator: d, value: rateOf(n, d) };
  });
}

/** The first day of the month after the one `first` opens. */
function nextMonth(first: LocalDate): LocalDate {
  return addCalendarDays(first, 32).slice(0, 8) + '01';
}
