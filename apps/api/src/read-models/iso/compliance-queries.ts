import { Inject, Injectable } from '@nestjs/common';
import { localDateOf } from '@office/domain';
import { calendarInForce, InternalProcessQueries, percentileOf, processesOf, PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../commands/request-context';
import { resolvePeriod } from '../period';
import { ProjectionPositions } from '../projection-positions';
import type { ComplianceQuery } from '../read-model-query.dto';

const MAX_DAYS = 3 * 366;

/** Steps done in the period, counted per step, working days and outcome: a histogram, small whatever the period. */
interface DoneBucket {
  step: string;
  working_days: number | null;
  state: string;
  n: number;
  max_days_late: number | null;
}

interface OpenSteps {
  step: string;
  open: number;
  open_overdue: number;
}

/** ISO compliance of the document processes (QT-VB-01, QT-VB-02): per step done in the period, from `rm_process_steps`. */
@Injectable()
export class ComplianceQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async compliance(query: ComplianceQuery) {
    const today = localDateOf(this.clock());
    const { from, to } = resolvePeriod(query, today, 'year', MAX_DAYS);
    const projectedPosition = await this.positions.reached([PROJECTION_NAMES.processSteps], query.minPosition);
    const field = query.fieldCode ?? null;
    // Median and 90th percentile come from the histogram (working days are small integers): no sort of a year's steps.
    const [done, open]: [DoneBucket[], OpenSteps[]] = await Promise.all([
      this.dataSource.query(
        `SELECT s.step, s.working_days, s.state, count(*)::int AS n, max(s.days_late)::int AS max_days_late
           FROM rm_process_steps s
          WHERE s.done_on BETWEEN $1::date AND $2::date AND ($3::varchar IS NULL OR s.field_code = $3::varchar)
          GROUP BY s.step, s.working_days, s.state`,
        [from, to, field],
      ),
      this.dataSource.query(
        `SELECT s.step, count(*)::int AS open, count(*) FILTER (WHERE s.due < LEAST($1::date, $2::date))::int AS open_overdue
           FROM rm_process_steps s
          WHERE s.done_at IS NULL AND s.started_on <= $1::date AND ($3::varchar IS NULL OR s.field_code = $3::varchar)
          GROUP BY s.step`,
        [to, today, field],
      ),
    ]);
    const calendar = calendarInForce().version;
    const processes = new InternalProcessQueries(this.dataSource);
    // What each step was measured against: its process and version(s) in force over the period, whose data words the limit (DOMAIN.md §7).
    const definitions = await processes.documentSteps(from, to);
    const steps = definitions.map(({ processCode, version, ...definition }) => {
      const buckets = done.filter((b) => b.step === definition.step);
      const count = sum(buckets);
      const onTime = sum(buckets.filter((b) => b.state === 'on_time'));
      const histogram = buckets.filter((b) => b.working_days !== null).map((b): [number, number] => [b.working_days!, b.n]);
      const late = buckets.map((b) => b.max_days_late).filter((d): d is number => d !== null);
      const o = open.find((x) => x.step === definition.step);
      return {
        ...definition,
        count,
        onTime,
        late: sum(buckets.filter((b) => b.state === 'late')),
        onTimeRate: count ? Math.round((onTime / count) * 10_000) / 10_000 : null,
        medianWorkingDays: percentileOf(histogram, 0.5),
        p90WorkingDays: percentileOf(histogram, 0.9),
        maxWorkingDaysLate: late.length ? Math.max(...late) : null,
        openNow: o?.open ?? 0,
        openOverdueNow: o?.open_overdue ?? 0,
        basis: { processCode, version, calendarVersion: calendar },
      };
    });
    // The incoming-documents process's basis, as the briefing names it; each step names its own above,
    // and `processes` lists each process the steps were measured against once, for the printed outputs.
    const basis = await processes.incomingDocumentsBasis(from, to, calendar);
    const measured = processesOf(steps.map((s) => s.basis));
    return { period: { from, to }, fieldCode: field, calendar, basis, processes: measured, steps, projectedPosition };
  }
}

const sum = (buckets: readonly DoneBucket[]) => buckets.reduce((n, b) => n + b.n, 0);
