import { endOfLocalDay, localDateOf, type LocalDate } from '@office/domain';
import type { DataSource } from 'typeorm';
import { iso, Sql } from '../../sql/sql';
import { rateOf } from './percentile';
import { dossierPeriodSql, minDay, periodParams, UNIT_OF_DOSSIER, workingDaysLate, type DayPeriod, type PeriodParams } from './dossier-period';

export const STATISTICS_GROUPINGS = ['field', 'procedure', 'unit'] as const;
export type StatisticsGrouping = (typeof STATISTICS_GROUPINGS)[number];

/** The columns of the periodic report (TT 02/2017 Biểu 06 in shape, research §A.6) for one group or the totals. */
export interface DossierCounts {
  received: { carriedOver: number; newOnline: number; newDirectOrPost: number; total: number };
  resolved: { total: number; early: number; onTime: number; late: number };
  inProgress: { total: number; inTime: number; overdue: number };
  /** Requests during processing and apologies, on the dossiers received in the period (the read model keeps their number, not each date). */
  supplementRequests: number;
  apologies: number;
  /** Slips given at the desk in the period: Mẫu 03 and Mẫu 02. */
  refusals: number;
  supplementRequestsAtReception: number;
  withdrawals: number;
  stops: number;
  /** (early + on time) / resolved, from the counts; null when nothing was resolved. */
  onTimeRate: number | null;
}

export interface StatisticsGroup extends DossierCounts {
  /** The field code, procedure code or department id; null for dossiers of no known unit. */
  key: string | null;
  name: string;
}

/** A step of the control sheet whose hand-over came after its due time. */
export interface LateStep {
  no: number;
  task: string;
  /** Who held the dossier during the step (a person's or a unit's name). */
  heldBy: string | null;
  dueAt: string;
  handedAt: string;
  workingDaysLate: number;
}

/** A dossier resolved late in the period, or still in progress and overdue at its end, with what made it so. */
export interface OverdueDossier {
  id: string;
  code: string;
  procedure: { code: string; name: string | null };
  unit: { id: string | null; name: string | null };
  state: 'late' | 'overdue';
  dueDate: LocalDate;
  /** Working days from the due date to the result at the desk (late) or to the end of the period (overdue). */
  workingDaysLate: number;
  causes: {
    lateSteps: LateStep[];
    /** Overdue only: who held it at the end of the period (the desk before any transfer) and since when. */
    heldBy: { name: string | null; since: string } | null;
    supplementRequests: number;
    apologies: number;
    /** The new date an apology gave the applicant (informational: the original date stays the yardstick). */
    apologyNewDueDate: LocalDate | null;
    apologyIssuedLate: boolean;
  };
}

export interface DossierStatistics {
  period: DayPeriod & { stateAsOf: LocalDate };
  groupBy: StatisticsGrouping;
  groups: StatisticsGroup[];
  totals: DossierCounts;
  overdue: { items: OverdueDossier[]; total: number; limit: number };
}

/** The briefing's one-stop line: what the desk received, resolved and holds for the period. */
export interface DossierBriefingSection {
  received: number;
  resolved: { total: number; early: number; onTime: number; late: number };
  inProgress: { total: number; inTime: number; overdue: number };
  onTimeRate: number | null;
}

type CountsRecord = Record<
  | 'carried_over' | 'new_online' | 'new_direct' | 'resolved' | 'early' | 'on_time' | 'late' | 'in_progress' | 'overdue'
  | 'supplement_requests' | 'apologies' | 'refusals' | 'supplement_at_reception' | 'withdrawals' | 'stops',
  number
>;

/** Per grouping: the group of a dossier (over `rm_dossiers d` and its field `org_fields f`), of a desk slip (`rm_receptions r`, its procedure `p` and field `f`), and the groups' names. */
const GROUPINGS: Record<StatisticsGrouping, { dossier: string; reception: string; names: string }> = {
  field: { dossier: 'd.field_code', reception: 'p.field_code', names: 'SELECT code::text AS key, name::text FROM org_fields' },
  procedure: { dossier: 'd.procedure_code', reception: 'r.procedure_code', names: 'SELECT code::text AS key, name FROM rm_procedures' },
  unit: { dossier: `${UNIT_OF_DOSSIER}::text`, reception: 'f.department_id::text', names: 'SELECT id::text AS key, name::text FROM org_departments' },
};

const OVERDUE_LIST_LIMIT = 500;
const NO_GROUP_NAME = 'Chưa xác định';
/** Who holds a dossier received and not yet transferred. */
const DESK_NAME = 'Bộ phận tiếp nhận và trả kết quả';

/**
 * The one-stop desk's periodic statistics (DOMAIN.md §6) from `dossiers.v1` and `receptions.v1`:
 * per field, procedure or handling unit, set-based over the period's dossiers (received by its
 * end and not closed before its start), with the overdue list and its causes.
 */
export class DossierStatisticsQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async statistics(period: DayPeriod, groupBy: StatisticsGrouping): Promise<DossierStatistics> {
    const today = this.today();
    const [records, overdue] = await Promise.all([this.groupCounts(period, groupBy, today), this.overdueList(period, today)]);
    const groups = records.map((r) => ({ key: r.key === '' ? null : r.key, name: r.name ?? (r.key === '' ? NO_GROUP_NAME : r.key), ...countsOf(r) }));
    return {
      period: { ...period, stateAsOf: minDay(period.to, today) },
      groupBy,
      groups,
      totals: countsOf(sumRecords(records)),
      overdue,
    };
  }

  /** The weekly briefing's section: the same figures for the whole desk. */
  async briefing(period: DayPeriod): Promise<DossierBriefingSection> {
    const sql = new Sql();
    const p = periodParams(sql, period, this.today());
    const [record]: CountsRecord[] = await this.dataSource.query(`SELECT ${dossierCountColumns(p)} FROM rm_dossiers d WHERE ${dossierPeriodSql(p).relevant}`, sql.params);
    const { received, resolved, inProgress, onTimeRate } = countsOf({ ...record, refusals: 0, supplement_at_reception: 0 });
    return { received: received.newOnline + received.newDirectOrPost, resolved, inProgress, onTimeRate };
  }

  private groupCounts(period: DayPeriod, groupBy: StatisticsGrouping, today: LocalDate): Promise<Array<CountsRecord & { key: string; name: string | null }>> {
    const sql = new Sql();
    const p = periodParams(sql, period, today);
    const grouping = GROUPINGS[groupBy];
    // Keys are '' rather than NULL so that the full join of dossiers and desk slips can hash them.
    return this.dataSource.query(
      `WITH dossiers AS (
         SELECT coalesce(${grouping.dossier}, '') AS key, ${dossierCountColumns(p)}
           FROM rm_dossiers d LEFT JOIN org_fields f ON f.code = d.field_code
          WHERE ${dossierPeriodSql(p).relevant}
          GROUP BY 1),
       slips AS (
         SELECT coalesce(${grouping.reception}, '') AS key,
                count(*) FILTER (WHERE r.kind = 'refusal')::int AS refusals,
                count(*) FILTER (WHERE r.kind = 'supplement_request')::int AS supplement_at_reception
           FROM rm_receptions r LEFT JOIN rm_procedures p ON p.code = r.procedure_code LEFT JOIN org_fields f ON f.code = p.field_code
          WHERE r.on_day BETWEEN ${p.from} AND ${p.to}
          GROUP BY 1)
       SELECT coalesce(x.key, y.key) AS key, n.name, x.carried_over, x.new_online, x.new_direct, x.resolved, x.early, x.on_time, x.late, x.in_progress,
              x.overdue, x.supplement_requests, x.apologies, x.withdrawals, x.stops, y.refusals, y.supplement_at_reception
         FROM dossiers x FULL JOIN slips y ON y.key = x.key
         LEFT JOIN (${grouping.names}) n ON n.key = coalesce(x.key, y.key)
        ORDER BY coalesce(x.key, y.key) = '', n.name, 1`,
      sql.params,
    );
  }

  /** Resolved late in the period or overdue at its end, most late first, each with its late steps and who held it at the end. */
  private async overdueList(period: DayPeriod, today: LocalDate): Promise<DossierStatistics['overdue']> {
    const sql = new Sql();
    const p = periodParams(sql, period, today);
    const when = dossierPeriodSql(p);
    const rows: Array<{
      id: string; code: string; procedure_code: string; procedure_name: string | null; unit_id: string | null; unit_name: string | null; late: boolean;
      due: string; received_at: Date; result_at_desk_at: Date | null; supplement_requests: number; apologies: number; new_due: string | null; apology_issued_late: boolean; total: number;
    }> = await this.dataSource.query(
      // The page is chosen and counted on narrow rows first; names are joined to its rows only.
      `WITH listed AS (
         SELECT d.id, d.due, d.code, ${when.resolved} AS late, count(*) OVER ()::int AS total
           FROM rm_dossiers d
          WHERE (d.classification = 'late' AND ${when.resolved}) OR ${when.overdueAtEndIndexed}
          ORDER BY d.due, d.code
          LIMIT ${OVERDUE_LIST_LIMIT})
       SELECT d.id, d.code, d.procedure_code, coalesce(pr.name, d.procedure_name) AS procedure_name, ${UNIT_OF_DOSSIER} AS unit_id, u.name AS unit_name,
              l.late, d.due::text AS due, d.received_at, d.result_at_desk_at, d.supplement_requests, d.apologies, d.new_due::text AS new_due,
              d.apology_issued_late, l.total
         FROM listed l JOIN rm_dossiers d ON d.id = l.id
         LEFT JOIN org_fields f ON f.code = d.field_code LEFT JOIN org_departments u ON u.id = ${UNIT_OF_DOSSIER}
         LEFT JOIN rm_procedures pr ON pr.code = d.procedure_code
        ORDER BY l.due, l.code`,
      sql.params,
    );
    const steps = await this.stepsUntil(rows.map((r) => r.id), endOfLocalDay(period.to));
    const asOf = minDay(period.to, today);
    const items = rows.map((r): OverdueDossier => {
      const sheet = steps.get(r.id) ?? [];
      const last = sheet[sheet.length - 1];
      return {
        id: r.id,
        code: r.code,
        procedure: { code: r.procedure_code, name: r.procedure_name },
        unit: { id: r.unit_id, name: r.unit_name },
        state: r.late ? 'late' : 'overdue',
        dueDate: r.due,
        workingDaysLate: workingDaysLate(r.due, r.late ? localDateOf(r.result_at_desk_at!) : asOf),
        causes: {
          lateSteps: sheet.filter((s) => s.outcome === 'late' && s.due_at).map((s) => ({
            no: s.step_no, task: s.task, heldBy: s.from_name, dueAt: iso(s.due_at)!, handedAt: iso(s.handed_at)!,
            workingDaysLate: workingDaysLate(localDateOf(s.due_at!), localDateOf(s.handed_at)),
          })),
          heldBy: r.late ? null : last ? { name: last.to_name, since: iso(last.handed_at)! } : { name: DESK_NAME, since: iso(r.received_at)! },
          supplementRequests: r.supplement_requests,
          apologies: r.apologies,
          apologyNewDueDate: r.new_due,
          apologyIssuedLate: r.apology_issued_late,
        },
      };
    });
    return { items: items.sort((a, b) => b.workingDaysLate - a.workingDaysLate), total: rows[0]?.total ?? 0, limit: OVERDUE_LIST_LIMIT };
  }

  /** The control sheets of these dossiers up to the end of the period (`until`), in order, with the names of each side. */
  private async stepsUntil(ids: string[], until: string) {
    const rows: Array<{ dossier_id: string; step_no: number; task: string; from_name: string | null; to_name: string | null; handed_at: Date; due_at: Date | null; outcome: string | null }> =
      ids.length === 0
        ? []
        : await this.dataSource.query(
            `SELECT h.dossier_id, h.step_no, h.task, coalesce(fu.full_name, fd.name) AS from_name, coalesce(tu.full_name, td.name) AS to_name, h.handed_at, h.due_at, h.outcome
               FROM rm_dossier_handovers h
               LEFT JOIN org_users fu ON fu.id = h.from_user_id LEFT JOIN org_departments fd ON fd.id = h.from_unit_id
               LEFT JOIN org_users tu ON tu.id = h.to_user_id LEFT JOIN org_departments td ON td.id = h.to_unit_id
              WHERE h.dossier_id = ANY($1::uuid[]) AND h.handed_at <= $2::timestamptz
              ORDER BY h.dossier_id, h.position`,
            [ids, until],
          );
    const byDossier = new Map<string, typeof rows>();
    for (const row of rows) byDossier.set(row.dossier_id, [...(byDossier.get(row.dossier_id) ?? []), row]);
    return byDossier;
  }

  private today(): LocalDate {
    return localDateOf(this.clock());
  }
}

/** The dossier columns of the report, as count(*) FILTER … over the period's dossiers `d`. */
function dossierCountColumns(p: PeriodParams): string {
  const when = dossierPeriodSql(p);
  const count = (condition: string) => `count(*) FILTER (WHERE ${condition})::int`;
  const received = when.receivedInPeriod;
  return `${count(when.carriedOver)} AS carried_over,
    ${count(`${received} AND d.online`)} AS new_online,
    ${count(`${received} AND NOT d.online`)} AS new_direct,
    ${count(when.resolved)} AS resolved,
    ${count(`${when.resolved} AND d.classification = 'early'`)} AS early,
    ${count(`${when.resolved} AND d.classification = 'on_time'`)} AS on_time,
    ${count(`${when.resolved} AND d.classification = 'late'`)} AS late,
    ${count(when.openAtEnd)} AS in_progress,
    ${count(when.overdueAtEnd)} AS overdue,
    coalesce(sum(d.supplement_requests) FILTER (WHERE ${received}), 0)::int AS supplement_requests,
    coalesce(sum(d.apologies) FILTER (WHERE ${received}), 0)::int AS apologies,
    ${count(when.withdrawn)} AS withdrawals,
    ${count(when.stopped)} AS stops`;
}

const COUNT_KEYS = [
  'carried_over', 'new_online', 'new_direct', 'resolved', 'early', 'on_time', 'late', 'in_progress', 'overdue', 'supplement_requests', 'apologies',
  'refusals', 'supplement_at_reception', 'withdrawals', 'stops',
] as const satisfies ReadonlyArray<keyof CountsRecord>;

/** The totals row: every dossier and slip is in exactly one group, so the groups add up. */
function sumRecords(records: readonly CountsRecord[]): CountsRecord {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, records.reduce((n, r) => n + (r[k] ?? 0), 0)])) as CountsRecord;
}

function countsOf(record: Partial<CountsRecord>): DossierCounts {
  const r = Object.fromEntries(COUNT_KEYS.map((k) => [k, record[k] ?? 0])) as CountsRecord;
  return {
    received: { carriedOver: r.carried_over, newOnline: r.new_online, newDirectOrPost: r.new_direct, total: r.carried_over + r.new_online + r.new_direct },
    resolved: { total: r.resolved, early: r.early, onTime: r.on_time, late: r.late },
    inProgress: { total: r.in_progress, inTime: r.in_progress - r.overdue, overdue: r.overdue },
    supplementRequests: r.supplement_requests,
    apologies: r.apologies,
    refusals: r.refusals,
    supplementRequestsAtReception: r.supplement_at_reception,
    withdrawals: r.withdrawals,
    stops: r.stops,
    onTimeRate: rateOf(r.early + r.on_time, r.resolved),
  };
}
