import { Inject, Injectable } from '@nestjs/common';
import { localDateOf } from '@office/domain';
import { PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../commands/request-context';
import { resolvePeriod } from '../period';
import { ProjectionPositions } from '../projection-positions';
import type { ComplianceQuery } from '../read-model-query.dto';
import { PROCESS_STEPS } from '../steps';

const MAX_DAYS = 3 * 366;

interface StepFigures {
  step: string;
  count: number;
  on_time: number;
  late: number;
  median: number | null;
  p90: number | null;
  max_days_late: number | null;
  open: number;
  open_overdue: number;
}

/** ISO compliance of the incoming-document process: per step done in the period, from `rm_process_steps`. */
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
    const done = `s.done_on BETWEEN $1::date AND $2::date`;
    const rows: StepFigures[] = await this.dataSource.query(
      `SELECT s.step,
              count(*) FILTER (WHERE ${done})::int AS count,
              count(*) FILTER (WHERE ${done} AND s.state = 'on_time')::int AS on_time,
              count(*) FILTER (WHERE ${done} AND s.state = 'late')::int AS late,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY s.working_days) FILTER (WHERE ${done}) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY s.working_days) FILTER (WHERE ${done}) AS p90,
              max(s.days_late) FILTER (WHERE ${done})::int AS max_days_late,
              count(*) FILTER (WHERE s.done_at IS NULL AND s.started_on <= $2::date)::int AS open,
              count(*) FILTER (WHERE s.done_at IS NULL AND s.started_on <= $2::date AND s.due < LEAST($2::date, $3::date))::int AS open_overdue
         FROM rm_process_steps s
        WHERE ($4::varchar IS NULL OR s.field_code = $4::varchar)
        GROUP BY s.step`,
      [from, to, today, query.fieldCode ?? null],
    );
    const steps = PROCESS_STEPS.map((definition) => {
      const r = rows.find((x) => x.step === definition.step);
      const count = r?.count ?? 0;
      return {
        ...definition,
        count,
        onTime: r?.on_time ?? 0,
        late: r?.late ?? 0,
        onTimeRate: count ? Math.round(((r?.on_time ?? 0) / count) * 10_000) / 10_000 : null,
        medianWorkingDays: r?.median ?? null,
        p90WorkingDays: r?.p90 ?? null,
        maxWorkingDaysLate: r?.max_days_late ?? null,
        openNow: r?.open ?? 0,
        openOverdueNow: r?.open_overdue ?? 0,
      };
    });
    return { period: { from, to }, fieldCode: query.fieldCode ?? null, calendar: 'VIETNAM_CALENDAR', steps, projectedPosition };
  }
}
