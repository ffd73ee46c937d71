import {
  dueDays, ITEM_STANDINGS, localDateOf, periodDays, type ItemStanding, type LocalDate, type OpenProgramme, type PaperKind, type ProgrammeItemStatus, type ProgrammeStatus,
} from '@office/domain';
import type { DataSource } from 'typeorm';
import { iso, Sql } from '../sql/sql';
import { IN_PROGRAMME, programmeStandingSql } from './programme-standing-sql';

/** A programme as its page heads it. */
export interface ProgrammeSummary {
  period: string;
  kind: string;
  startsOn: LocalDate;
  endsOn: LocalDate;
  status: ProgrammeStatus;
  draftDue: LocalDate;
  draftSubmittedAt: string | null;
  /** Submitted after its due day, or still not submitted once it is past (QC 8.1). */
  draftLate: boolean;
  approvedAt: string | null;
  returnReason: string | null;
  items: number;
}

/** One line of a programme. `standing` only for an item in an approved programme. */
export interface ProgrammeItemLine {
  id: string;
  period: string;
  title: string;
  agency: { departmentId: string | null; name: string };
  leaderId: string;
  paperKind: PaperKind;
  due: string;
  dueDate: LocalDate;
  originalDue: string;
  status: ProgrammeItemStatus;
  note: string | null;
  proposedBy: string;
  proposedAt: string;
  slipReturnReason: string | null;
  papers: { submittedOn: LocalDate; symbol: string } | null;
  presented: { on: LocalDate; session: string } | null;
  withdrawnReason: string | null;
  reschedules: number;
  requestSymbol: string | null;
  standing: ItemStanding | null;
}

export type StandingCounts = Record<ItemStanding, number> & { total: number };
export interface ReportGroup extends StandingCounts {
  key: string;
  name: string;
}

/** The programme report (báo cáo kết quả thực hiện chương trình công tác) of a span of days. */
export interface ProgrammeReport {
  from: LocalDate;
  to: LocalDate;
  asOf: LocalDate;
  byAgency: ReportGroup[];
  byLeader: ReportGroup[];
  total: StandingCounts;
  /** Programmes of periods starting in the span whose draft was late (QC 8.1: General Affairs answers for it). */
  lateDrafts: Array<{ period: string; draftDue: LocalDate; draftSubmittedAt: string | null }>;
}

interface ProgrammeRecord {
  id: string;
  kind: string;
  starts_on: string;
  ends_on: string;
  status: ProgrammeStatus;
  draft_due: string;
  draft_submitted_at: Date | null;
  draft_late: boolean | null;
  approved_at: Date | null;
  return_reason: string | null;
  items: number;
}

interface ItemRecord {
  id: string;
  period: string;
  title: string;
  agency_name: string;
  agency_department_id: string | null;
  leader_id: string;
  paper_kind: PaperKind;
  due: string;
  due_date: string;
  original_due: string;
  status: ProgrammeItemStatus;
  note: string | null;
  proposed_by: string;
  proposed_at: Date;
  slip_return_reason: string | null;
  papers_on: string | null;
  papers_symbol: string | null;
  presented_on: string | null;
  session: string | null;
  withdrawn_reason: string | null;
  reschedules: number;
  request_symbol: string | null;
  standing: ItemStanding | null;
}

/** The programme's columns (with `extra` ones), `$1` being today: a draft not submitted once its due day has passed is late too. */
const programmeSelect = (extra = '') => `SELECT p.id, p.kind, p.starts_on::text, p.ends_on::text, p.status, p.draft_due::text, p.draft_submitted_at, p.approved_at, p.return_reason,
  COALESCE(p.draft_late, p.draft_submitted_at IS NULL AND $1::date > p.draft_due) AS draft_late,
  (SELECT count(*)::int FROM rm_programme_items i WHERE i.period = p.id AND i.status <> 'returned') AS items${extra}
  FROM rm_programmes p`;

function itemSelect(today: string): string {
  return `SELECT i.id, i.period, i.title, i.agency_name, i.agency_department_id, i.leader_id, i.paper_kind, i.due, i.due_date::text, i.original_due, i.status, i.note,
    i.proposed_by, i.proposed_at, i.slip_return_reason, i.papers_on::text, i.papers_symbol, i.presented_on::text, i.session, i.withdrawn_reason, i.reschedules, i.request_symbol,
    CASE WHEN p.status = 'approved' AND i.status IN ${IN_PROGRAMME} THEN ${programmeStandingSql(today)} END AS standing
    FROM rm_programme_items i JOIN rm_programmes p ON p.id = i.period`;
}

const summaryOf = (r: ProgrammeRecord): ProgrammeSummary => ({
  period: r.id, kind: r.kind, startsOn: r.starts_on, endsOn: r.ends_on, status: r.status, draftDue: r.draft_due, draftSubmittedAt: iso(r.draft_submitted_at),
  draftLate: r.draft_late === true, approvedAt: iso(r.approved_at), returnReason: r.return_reason, items: r.items,
});

const lineOf = (r: ItemRecord): ProgrammeItemLine => ({
  id: r.id, period: r.period, title: r.title, agency: { departmentId: r.agency_department_id, name: r.agency_name }, leaderId: r.leader_id, paperKind: r.paper_kind,
  due: r.due, dueDate: r.due_date, originalDue: r.original_due, status: r.status, note: r.note, proposedBy: r.proposed_by, proposedAt: iso(r.proposed_at)!,
  slipReturnReason: r.slip_return_reason, papers: r.papers_on ? { submittedOn: r.papers_on, symbol: r.papers_symbol ?? '' } : null,
  presented: r.presented_on ? { on: r.presented_on, session: r.session ?? '' } : null, withdrawnReason: r.withdrawn_reason, reschedules: r.reschedules,
  requestSymbol: r.request_symbol, standing: r.standing,
});

const zero = (): StandingCounts => ({ ...(Object.fromEntries(ITEM_STANDINGS.map((s) => [s, 0])) as Record<ItemStanding, number>), total: 0 });

/** Reads of the work programme (`programme.v1`); "today" is the clock's day in Asia/Ho_Chi_Minh. */
export class ProgrammeQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
  ) {}

  private today(): LocalDate {
    return localDateOf(this.clock());
  }

  /** The programmes of a year (the year's, its quarters', its months'), in order of their first day. */
  async ofYear(year: number): Promise<ProgrammeSummary[]> {
    const rows: ProgrammeRecord[] = await this.dataSource.query(`${programmeSelect()} WHERE p.id LIKE $2 ORDER BY p.starts_on, p.kind DESC`, [this.today(), `${year}%`]);
    return rows.map(summaryOf);
  }

  /**
   * One programme and its items, the slips returned included; for a month, also the items of
   * other programmes moved into it (`movedIn`). Null when nobody has proposed anything for it.
   */
  async byPeriod(period: string): Promise<{ programme: ProgrammeSummary; state: OpenProgramme; items: ProgrammeItemLine[]; movedIn: ProgrammeItemLine[] } | null> {
    const today = this.today();
    const [row]: Array<ProgrammeRecord & { state: OpenProgramme }> = await this.dataSource.query(`${programmeSelect(', p.state')} WHERE p.id = $2`, [today, period]);
    if (!row) return null;
    const items: ItemRecord[] = await this.dataSource.query(`${itemSelect('$1')} WHERE i.period = $2 ORDER BY i.due_date, i.proposed_at, i.id`, [today, period]);
    const days = periodDays(period);
    const movedIn: ItemRecord[] = await this.dataSource.query(
      `${itemSelect('$1')} WHERE i.period <> $2 AND i.due_date BETWEEN $3 AND $4 AND i.original_due <> i.due AND p.status = 'approved' AND i.status IN ${IN_PROGRAMME}
       ORDER BY i.due_date, i.id`,
      [today, period, days.from, days.to],
    );
    return { programme: summaryOf(row), state: row.state, items: items.map(lineOf), movedIn: movedIn.map(lineOf) };
  }

  /** Chương trình công tác tuần: the approved items due in an ISO week (`2026-W11`), from the month's programmes. */
  async week(week: string): Promise<ProgrammeItemLine[]> {
    const days = dueDays(week)!;
    const rows: ItemRecord[] = await this.dataSource.query(
      `${itemSelect('$1')} WHERE p.status = 'approved' AND i.status IN ${IN_PROGRAMME} AND i.due_date BETWEEN $2 AND $3 ORDER BY i.due_date, i.id`,
      [this.today(), days.from, days.to],
    );
    return rows.map(lineOf);
  }

  /**
   * The report of the items of approved programmes due in [from, to], where each stands today (an
   * item due on the period's last day with no papers is overdue the day after, also in a report of
   * a past period), by presenting agency and by leader in charge; and the late drafts.
   */
  async report(from: LocalDate, to: LocalDate): Promise<ProgrammeReport> {
    const asOf = this.today();
    const sql = new Sql();
    const rows: Array<{ agency: string; leader_id: string; standing: ItemStanding; n: number }> = await this.dataSource.query(
      `SELECT i.agency_name AS agency, i.leader_id, ${programmeStandingSql(sql.p(asOf))} AS standing, count(*)::int AS n
       FROM rm_programme_items i JOIN rm_programmes p ON p.id = i.period
       WHERE p.status = 'approved' AND i.status IN ${IN_PROGRAMME} AND i.due_date BETWEEN ${sql.p(from)} AND ${sql.p(to)}
       GROUP BY 1, 2, 3`,
      sql.params,
    );
    const names: Array<{ id: string; full_name: string }> = await this.dataSource.query(
      'SELECT id, full_name FROM org_users WHERE id = ANY($1::uuid[])', [[...new Set(rows.map((r) => r.leader_id))]],
    );
    const group = (keyOf: (r: (typeof rows)[number]) => string, nameOf: (key: string) => string): ReportGroup[] => {
      const groups = new Map<string, ReportGroup>();
      for (const r of rows) {
        const key = keyOf(r);
        const g = groups.get(key) ?? { key, name: nameOf(key), ...zero() };
        g[r.standing] += r.n;
        g.total += r.n;
        groups.set(key, g);
      }
      return [...groups.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'vi'));
    };
    const total = zero();
    for (const r of rows) {
      total[r.standing] += r.n;
      total.total += r.n;
    }
    const late: ProgrammeRecord[] = await this.dataSource.query(`${programmeSelect()} WHERE p.starts_on BETWEEN $2 AND $3 ORDER BY p.starts_on`, [this.today(), from, to]);
    return {
      from, to, asOf, total,
      byAgency: group((r) => r.agency, (key) => key),
      byLeader: group((r) => r.leader_id, (key) => names.find((n) => n.id === key)?.full_name ?? key),
      lateDrafts: late.filter((r) => r.draft_late).map((r) => ({ period: r.id, draftDue: r.draft_due, draftSubmittedAt: iso(r.draft_submitted_at) })),
    };
  }
}
