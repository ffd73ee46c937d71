import { Inject, Injectable } from '@nestjs/common';
import { addCalendarDays, localDateOf, mondayOf, type Organisation } from '@office/domain';
import { calendarInForce, DossierStatisticsQueries, InternalProcessQueries, OrganisationDirectory, processesOf, PROJECTION_NAMES, type DocumentStepBasis, type ProcessBasis } from '@office/read-models';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CLOCK, type Clock } from '../../commands/request-context';
import { resolvePeriod, type Period } from '../period';
import { ProjectionPositions } from '../projection-positions';
import type { PeriodQuery } from '../read-model-query.dto';
import { Sql } from '../sql';
import { visibleSql } from '../viewer';

const READS = [PROJECTION_NAMES.documentSummaries, PROJECTION_NAMES.processSteps, PROJECTION_NAMES.dossiers];
const MAX_DAYS = 366;
const TREND_WEEKS = 8;
const OVERDUE_LIST_LIMIT = 200;
const OPEN = `d.status NOT IN ('issued', 'archived')`;

interface StepRow {
  step: string;
  done: number;
  on_time: number;
  late: number;
  open_overdue: number;
}

interface GroupCounts {
  g_department: number;
  g_field: number;
  g_specialist: number;
  department_id: string | null;
  field_code: string | null;
  assignee_id: string | null;
  received: number;
  received_normal: number;
  received_urgent: number;
  received_very_urgent: number;
  received_flash: number;
  completed: number;
  early: number;
  on_time: number;
  late: number;
  awaiting_distribution: number;
  in_progress: number;
  overdue: number;
}

/** Giao ban (QC 14): the weekly-briefing figures, set-based over `rm_document_summaries` and `rm_process_steps`. */
@Injectable()
export class BriefingQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    private readonly directory: OrganisationDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async briefing(query: PeriodQuery, viewer: AuthenticatedUser) {
    const today = localDateOf(this.clock());
    const period = resolvePeriod(query, today, 'week', MAX_DAYS);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const organisation = await this.directory.organisation();
    const [groups, overdueList, pendingAtLeaders, outgoing, measured, trend, onestop] = await Promise.all([
      this.groups(period, today),
      this.overdueList(today, viewer),
      this.pendingAtLeaders(organisation),
      this.outgoingIssued(period),
      this.steps(period, today),
      this.trend(period),
      // The one-stop desk's dossiers of the period (DOMAIN.md §6), counted as its periodic statistics count them.
      new DossierStatisticsQueries(this.dataSource, this.clock).briefing(period),
    ]);
    const overall = groups.find((g) => g.g_department && g.g_field && g.g_specialist) ?? emptyGroup();
    const pick = (dimension: 'department' | 'field' | 'specialist') =>
      groups.filter((g) => !g[`g_${dimension}`] && [g.g_department, g.g_field, g.g_specialist].filter(Boolean).length === 2).filter(hasAny);
    return {
      period: { ...period, today, stateAsOf: today },
      received: {
        total: overall.received,
        byUrgency: { normal: overall.received_normal, urgent: overall.received_urgent, very_urgent: overall.received_very_urgent, flash: overall.received_flash },
      },
      awaitingDistribution: overall.awaiting_distribution,
      inProgress: { total: overall.in_progress, withinTime: overall.in_progress - overall.overdue, overdue: overall.overdue },
      completed: completedOf(overall),
      onTimeRate: onTimeRate(overall),
      // What the figures were measured against. A document is completed late, or overdue, when any of its clocks is: QT-VB-01's
      // (distribute, supplement, submit, the leader's date) and QT-VB-02's (issue), so the documents' figures (completed, on-time
      // rate, overdue, trend, by department, field and specialist) name every process in `processes`; each step names its own.
      // `basis` stays QT-VB-01's, as the first answers gave it.
      basis: measured.incoming,
      processes: measured.processes,
      outgoingIssued: outgoing,
      overdueList,
      pendingAtLeaders,
      byDepartment: pick('department').map((g) => ({ departmentId: g.department_id, name: nameOfDepartment(organisation, g.department_id), ...figures(g) })),
      byField: pick('field').map((g) => ({ fieldCode: g.field_code, name: organisation.fields.find((f) => f.code === g.field_code)?.name ?? g.field_code, ...figures(g) })),
      bySpecialist: pick('specialist').map((g) => ({ specialistId: g.assignee_id, name: nameOfUser(organisation, g.assignee_id) ?? 'Chưa giao chuyên viên', ...figures(g) })),
      steps: measured.steps,
      trend,
      onestop,
      projectedPosition,
    };
  }

  /** Received and completed in the period; awaiting, in progress and overdue now; overall and per department, field and specialist. */
  private groups({ from, to }: Period, today: string): Promise<GroupCounts[]> {
    const sql = new Sql();
    const inPeriod = (column: string) => `d.${column} BETWEEN ${sql.p(from)}::date AND ${sql.p(to)}::date`;
    const received = inPeriod('received_on');
    const completed = inPeriod('issued_on');
    const overdue = `${OPEN} AND d.next_due < ${sql.p(today)}::date`;
    return this.dataSource.query(
      `SELECT GROUPING(d.department_id) AS g_department, GROUPING(d.field_code) AS g_field, GROUPING(d.assignee_id) AS g_specialist,
              d.department_id, d.field_code, d.assignee_id,
              count(*) FILTER (WHERE ${received})::int AS received,
              count(*) FILTER (WHERE ${received} AND d.urgency = 'normal')::int AS received_normal,
              count(*) FILTER (WHERE ${received} AND d.urgency = 'urgent')::int AS received_urgent,
              count(*) FILTER (WHERE ${received} AND d.urgency = 'very_urgent')::int AS received_very_urgent,
              count(*) FILTER (WHERE ${received} AND d.urgency = 'flash')::int AS received_flash,
              count(*) FILTER (WHERE ${completed})::int AS completed,
              count(*) FILTER (WHERE ${completed} AND d.completion = 'early')::int AS early,
              count(*) FILTER (WHERE ${completed} AND d.completion = 'on_time')::int AS on_time,
              count(*) FILTER (WHERE ${completed} AND d.completion = 'late')::int AS late,
              count(*) FILTER (WHERE d.status IN ('received', 'returned'))::int AS awaiting_distribution,
              count(*) FILTER (WHERE ${OPEN})::int AS in_progress,
              count(*) FILTER (WHERE ${overdue})::int AS overdue
         FROM rm_document_summaries d
        WHERE ${received} OR ${completed} OR ${OPEN}
        GROUP BY GROUPING SETS ((), (d.department_id), (d.field_code), (d.assignee_id))`,
      sql.params,
    );
  }

  /** Documents with a clock past its due day now, with the working days late of each such clock (the calendar in force). */
  private async overdueList(today: string, viewer: AuthenticatedUser) {
    const sql = new Sql();
    const rows: Array<{
      id: string; incoming_number: number; incoming_year: number; series: string; status: string; excerpt: string; urgency: string; field_code: string;
      department_id: string | null; assignee_id: string | null; deadlines: Record<string, { due: string; state: string }>; visible: boolean;
    }> = await this.dataSource.query(
      `SELECT d.id, d.incoming_number, d.incoming_year, d.series, d.status, d.excerpt, d.urgency, d.field_code, d.department_id, d.assignee_id,
              d.deadlines, ${visibleSql(sql, viewer)} AS visible
         FROM rm_document_summaries d LEFT JOIN org_fields f ON f.code = d.field_code
        WHERE ${OPEN} AND d.next_due < ${sql.p(today)}::date
        ORDER BY d.next_due, d.incoming_year, d.incoming_number
        LIMIT ${OVERDUE_LIST_LIMIT}`,
      sql.params,
    );
    return rows
      .map((r) => {
        const clocks = Object.entries(r.deadlines)
          .filter(([, d]) => d.state === 'pending' && d.due < today)
          .map(([step, d]) => ({ step, due: d.due, workingDaysLate: workingDaysLate(d.due, today) }));
        return {
          documentId: r.id, incomingNumber: r.incoming_number, incomingYear: r.incoming_year, series: r.series, status: r.status,
          excerpt: r.visible ? r.excerpt : null, urgency: r.urgency, fieldCode: r.field_code, departmentId: r.department_id, assigneeId: r.assignee_id,
          overdueSteps: clocks, workingDaysLate: Math.max(0, ...clocks.map((c) => c.workingDaysLate)),
        };
      })
      .sort((a, b) => b.workingDaysLate - a.workingDaysLate);
  }

  /** Submissions waiting at each leader now: to initial (office leader in charge) or to sign (the leader named). */
  private async pendingAtLeaders(organisation: Organisation) {
    const rows: Array<{ user_id: string | null; to_initial: number; to_sign: number }> = await this.dataSource.query(
      `SELECT CASE WHEN d.status = 'submitted' THEN f.office_leader_id ELSE d.leader_id END AS user_id,
              count(*) FILTER (WHERE d.status = 'submitted')::int AS to_initial,
              count(*) FILTER (WHERE d.status = 'initialled')::int AS to_sign
         FROM rm_document_summaries d LEFT JOIN org_fields f ON f.code = d.field_code
        WHERE d.status IN ('submitted', 'initialled')
        GROUP BY 1 ORDER BY 1`,
    );
    return rows.map((r) => ({ userId: r.user_id, name: nameOfUser(organisation, r.user_id), toInitial: r.to_initial, toSign: r.to_sign, total: r.to_initial + r.to_sign }));
  }

  private async outgoingIssued({ from, to }: Period) {
    const rows: Array<{ document_type: string | null; n: number }> = await this.dataSource.query(
      `SELECT d.outgoing_document_type AS document_type, count(*)::int AS n FROM rm_document_summaries d
        WHERE d.issued_on BETWEEN $1::date AND $2::date GROUP BY 1 ORDER BY 1`,
      [from, to],
    );
    return { total: rows.reduce((sum, r) => sum + r.n, 0), byDocumentType: Object.fromEntries(rows.map((r) => [r.document_type ?? 'unknown', r.n])) };
  }

  /**
   * Each document step (the one table, DOCUMENT_STEP_PROCESSES) done in the period (on time / late) and still open past its
   * due day now, beside what it is measured against: its own process's version(s) over the period and the calendar. With
   * each process once, and QT-VB-01's basis.
   */
  private async steps({ from, to }: Period, today: string) {
    const calendarVersion = calendarInForce().version;
    const processes = new InternalProcessQueries(this.dataSource);
    const [rows, definitions, incoming]: [StepRow[], DocumentStepBasis[], ProcessBasis] = await Promise.all([
      this.dataSource.query(
        `SELECT s.step,
                count(*) FILTER (WHERE s.done_on BETWEEN $1::date AND $2::date)::int AS done,
                count(*) FILTER (WHERE s.done_on BETWEEN $1::date AND $2::date AND s.state = 'on_time')::int AS on_time,
                count(*) FILTER (WHERE s.done_on BETWEEN $1::date AND $2::date AND s.state = 'late')::int AS late,
                count(*) FILTER (WHERE s.done_at IS NULL AND s.due < $3::date)::int AS open_overdue
           FROM rm_process_steps s
          WHERE s.done_on BETWEEN $1::date AND $2::date OR (s.done_at IS NULL AND s.due < $3::date)
          GROUP BY s.step`,
        [from, to, today],
      ),
      processes.documentSteps(from, to),
      processes.incomingDocumentsBasis(from, to, calendarVersion),
    ]);
    const steps = definitions.map(({ step, name, processCode, version }) => {
      const r = rows.find((x) => x.step === step);
      const done = r?.done ?? 0;
      const basis = { processCode, version, calendarVersion };
      return { step, name, done, onTime: r?.on_time ?? 0, late: r?.late ?? 0, openOverdue: r?.open_overdue ?? 0, onTimeRate: done ? round((r?.on_time ?? 0) / done) : null, basis };
    });
    return { steps, processes: processesOf(steps.map((s) => s.basis)), incoming };
  }

  /** Week by week (Monday to Sunday) over the period, and at least the last eight weeks up to `to`. */
  private async trend({ from, to }: Period) {
    const start = [mondayOf(from), addCalendarDays(mondayOf(to), -7 * (TREND_WEEKS - 1))].sort()[0];
    const rows: Array<{ week_start: string; received: number; completed: number; on_time: number; late: number }> = await this.dataSource.query(
      // Received and issued are counted apart, each from its own index over the whole span, then put side by side per week.
      `WITH weeks AS (SELECT generate_series($1::date, $2::date, interval '7 days')::date AS week),
            received AS (
              SELECT $1::date + (d.received_on - $1::date) / 7 * 7 AS week, count(*)::int AS n
                FROM rm_document_summaries d WHERE d.received_on >= $1::date AND d.received_on < $2::date + 7 GROUP BY 1),
            issued AS (
              SELECT $1::date + (d.issued_on - $1::date) / 7 * 7 AS week, count(*)::int AS n,
                     count(*) FILTER (WHERE d.completion IN ('early', 'on_time'))::int AS on_time, count(*) FILTER (WHERE d.completion = 'late')::int AS late
                FROM rm_document_summaries d WHERE d.issued_on >= $1::date AND d.issued_on < $2::date + 7 GROUP BY 1)
       SELECT w.week::text AS week_start, coalesce(r.n, 0) AS received, coalesce(i.n, 0) AS completed, coalesce(i.on_time, 0) AS on_time, coalesce(i.late, 0) AS late
         FROM weeks w LEFT JOIN received r ON r.week = w.week LEFT JOIN issued i ON i.week = w.week
        ORDER BY w.week`,
      [start, to],
    );
    return rows.map((r) => ({ weekStart: r.week_start, received: r.received, completed: r.completed, onTime: r.on_time, late: r.late, onTimeRate: r.completed ? round(r.on_time / r.completed) : null }));
  }
}

function emptyGroup(): GroupCounts {
  return {
    g_department: 1, g_field: 1, g_specialist: 1, department_id: null, field_code: null, assignee_id: null, received: 0, received_normal: 0, received_urgent: 0,
    received_very_urgent: 0, received_flash: 0, completed: 0, early: 0, on_time: 0, late: 0, awaiting_distribution: 0, in_progress: 0, overdue: 0,
  };
}

const hasAny = (g: GroupCounts) => g.received + g.completed + g.in_progress > 0;
const round = (x: number) => Math.round(x * 10_000) / 10_000;
const completedOf = (g: GroupCounts) => ({ total: g.completed, early: g.early, onTime: g.on_time, late: g.late });

/** Completed early or on time, of all completed in the period; null when nothing was completed. */
function onTimeRate(g: GroupCounts): number | null {
  return g.completed ? round((g.early + g.on_time) / g.completed) : null;
}

function figures(g: GroupCounts) {
  return { received: g.received, completed: completedOf(g), inProgress: g.in_progress, overdue: g.overdue, onTimeRate: onTimeRate(g) };
}

function workingDaysLate(due: string, today: string): number {
  try {
    return calendarInForce().workingDaysBetween(due, today);
  } catch {
    return 0;
  }
}

function nameOfUser(organisation: Organisation, id: string | null): string | null {
  return id ? (organisation.users.find((u) => u.id === id)?.fullName ?? null) : null;
}

function nameOfDepartment(organisation: Organisation, id: string | null): string {
  return id ? (organisation.departments.find((d) => d.id === id)?.name ?? id) : 'Chưa phân phối';
}
