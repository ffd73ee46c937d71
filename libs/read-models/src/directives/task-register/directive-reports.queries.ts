import { localDateOf, type DirectiveOutcome, type LocalDate } from '@office/domain';
import type { DataSource } from 'typeorm';
import { minDay, type DayPeriod } from '../../onestop/statistics/dossier-period';
import { Sql } from '../../sql/sql';
import { directiveOutcomeSql } from './directive-outcome-sql';
import { directiveItemSelect, directiveItemOf, noDirectiveOutcomes, type DirectiveListItem, type DirectiveOutcomeCounts, type DirectiveRecord } from './directive.queries';

/** Per leader (lãnh đạo chỉ đạo), field (lĩnh vực) or lead agency (cơ quan chủ trì). */
export const DIRECTIVE_GROUPINGS = ['leader', 'field', 'agency'] as const;
export type DirectiveGrouping = (typeof DIRECTIVE_GROUPINGS)[number];

const GROUP_KEY: Readonly<Record<DirectiveGrouping, { key: string; name: string; join: string }>> = {
  leader: { key: 'd.directing_leader_id::text', name: 'u.full_name', join: 'LEFT JOIN org_users u ON u.id = d.directing_leader_id' },
  field: { key: 'd.field_code', name: 'f.name', join: 'LEFT JOIN org_fields f ON f.code = d.field_code' },
  agency: { key: 'd.lead_agency', name: 'd.lead_agency', join: '' },
};

export interface OutcomeGroup extends DirectiveOutcomeCounts {
  key: string;
  name: string;
  total: number;
  /** Done on time over the tasks done or overdue (those whose time has come); null when none has. */
  onTimeRate: number | null;
}

const rate = (g: DirectiveOutcomeCounts): number | null => {
  const decided = g.done_on_time + g.done_late + g.not_done_overdue;
  return decided === 0 ? null : Math.round((g.done_on_time / decided) * 1000) / 1000;
};

/**
 * The periodic reports of the task register (DOMAIN.md §8, research §C.4): the four outcomes per
 * leader, field or lead agency, and the weekly briefing's section. A period's tasks are those due
 * in it (periodic ones: registered in it); their outcome is as of the period's last day, or today
 * while the period runs. Cancelled and superseded tasks are not counted.
 */
export class DirectiveReportQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async outcomes(period: DayPeriod, groupBy: DirectiveGrouping): Promise<{ period: DayPeriod; asOf: LocalDate; groupBy: DirectiveGrouping; groups: OutcomeGroup[]; total: OutcomeGroup }> {
    const sql = new Sql();
    const asOf = this.asOf(period);
    const outcome = directiveOutcomeSql(`${sql.p(asOf)}::date`);
    const { key, name, join } = GROUP_KEY[groupBy];
    const rows: Array<{ key: string; name: string | null; outcome: DirectiveOutcome; n: number }> = await this.dataSource.query(
      `SELECT ${key} AS key, ${name} AS name, ${outcome} AS outcome, count(*)::int AS n FROM rm_directives d ${join}
        WHERE ${this.inPeriod(sql, period)} AND d.status NOT IN ('cancelled', 'superseded')
        GROUP BY 1, 2, 3 ORDER BY 2, 1`,
      sql.params,
    );
    const groups = new Map<string, OutcomeGroup>();
    const total: OutcomeGroup = { key: '', name: 'Tổng cộng', total: 0, onTimeRate: null, ...noDirectiveOutcomes() };
    for (const row of rows) {
      const group = groups.get(row.key) ?? { key: row.key, name: row.name ?? row.key, total: 0, onTimeRate: null, ...noDirectiveOutcomes() };
      group[row.outcome] += row.n;
      group.total += row.n;
      total[row.outcome] += row.n;
      total.total += row.n;
      groups.set(row.key, group);
    }
    for (const group of [...groups.values(), total]) group.onTimeRate = rate(group);
    return { period, asOf, groupBy, groups: [...groups.values()], total };
  }

  /**
   * Giao ban (weekly briefing) section: tasks given in the period, due in it and not done, overdue
   * (by lead agency, most days late first), and closed (accepted) in it.
   */
  async briefing(period: DayPeriod): Promise<{
    period: DayPeriod;
    asOf: LocalDate;
    new: DirectiveListItem[];
    dueInPeriod: DirectiveListItem[];
    overdueByAgency: Array<{ agency: string; count: number; items: DirectiveListItem[] }>;
    closed: DirectiveListItem[];
  }> {
    const asOf = this.asOf(period);
    const select = async (where: (sql: Sql) => string, order = 'd.due_date ASC NULLS LAST, d.registered_at, d.id') => {
      const sql = new Sql();
      const asOfSql = `${sql.p(asOf)}::date`;
      const rows: DirectiveRecord[] = await this.dataSource.query(`SELECT ${directiveItemSelect(asOfSql)} FROM rm_directives d WHERE ${where(sql)} ORDER BY ${order}`, sql.params);
      return rows.map(directiveItemOf);
    };
    const between = (sql: Sql, column: string) => `${column} BETWEEN ${sql.p(period.from)}::date AND ${sql.p(period.to)}::date`;
    const [given, due, overdue, closed] = await Promise.all([
      select((sql) => between(sql, 'd.registered_on')),
      select((sql) => `${between(sql, 'd.due_date')} AND d.status IN ('assigned', 'in_progress', 'reported_done')`),
      select((sql) => `${directiveOutcomeSql(`${sql.p(asOf)}::date`)} = 'not_done_overdue'`, 'd.lead_agency, d.due_date, d.id'),
      select((sql) => `d.status = 'done' AND ${between(sql, 'd.closed_on')}`, 'd.closed_at, d.id'),
    ]);
    const byAgency = new Map<string, DirectiveListItem[]>();
    for (const item of overdue) byAgency.set(item.leadAgency, [...(byAgency.get(item.leadAgency) ?? []), item]);
    const overdueByAgency = [...byAgency].map(([agency, items]) => ({ agency, count: items.length, items })).sort((a, b) => b.count - a.count || a.agency.localeCompare(b.agency, 'vi'));
    return { period, asOf, new: given, dueInPeriod: due, overdueByAgency, closed };
  }

  /** Due in the period, or (periodic reporting) registered in it. */
  private inPeriod(sql: Sql, period: DayPeriod): string {
    const from = `${sql.p(period.from)}::date`;
    const to = `${sql.p(period.to)}::date`;
    return `(d.due_date BETWEEN ${from} AND ${to} OR (d.due_date IS NULL AND d.registered_on BETWEEN ${from} AND ${to}))`;
  }

  /** The period's last day, or today while it runs: nothing is overdue in the future. */
  private asOf(period: DayPeriod): LocalDate {
    return minDay(period.to, localDateOf(this.clock()));
  }
}
