import { addCalendarDays, localDateOf } from '@office/domain';
import type { DataSource } from 'typeorm';
import { Sql } from '../../sql/sql';
import { percentileOf, rateOf } from './percentile';
import { periodParams, workingDayOrdinals, type DayPeriod } from './dossier-period';

/** How far back a step handed over in the period may have started: its working days are counted over this span. */
const LONGEST_STEP_DAYS = 366;

/** A step of the dossiers' processes (Phiếu kiểm soát quá trình) over the hand-overs of a period. */
export interface DossierStepCompliance {
  no: number;
  task: string;
  count: number;
  early: number;
  onTime: number;
  late: number;
  /** Steps past the process's last timed step: no due time, no outcome. */
  untimed: number;
  /** (early + on time) / timed steps. */
  onTimeRate: number | null;
  /** Working days from the step's start to its hand-over (the day it started never counts), as for documents. */
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
}

/** Hand-overs of the period, counted per step, outcome and working days: a histogram, small whatever the period. */
interface StepBucket {
  step_no: number;
  task: string;
  outcome: 'early' | 'on_time' | 'late' | null;
  working_days: number | null;
  n: number;
}

/**
 * ISO compliance of the dossiers' internal processes (DOMAIN.md §7): every hand-over of the
 * control sheet made in the period, per step (number and task), optionally of one procedure.
 */
export class DossierStepComplianceQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async steps(period: DayPeriod, procedureCode: string | null = null): Promise<DossierStepCompliance[]> {
    const sql = new Sql();
    const p = periodParams(sql, period, localDateOf(this.clock()));
    const calendar = workingDayOrdinals(addCalendarDays(period.from, -LONGEST_STEP_DAYS), period.to);
    const ordinals = `(${sql.p(calendar.ordinals)}::int[])`;
    const first = `${sql.p(calendar.first)}::date`;
    const ordinalOf = (column: string) => `${ordinals}[(h.${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - ${first} + 1]`;
    const buckets: StepBucket[] = await this.dataSource.query(
      `SELECT h.step_no, h.task, h.outcome, ${ordinalOf('handed_at')} - ${ordinalOf('started_at')} AS working_days, count(*)::int AS n
         FROM rm_dossier_handovers h
        WHERE h.handed_at > ${p.before} AND h.handed_at <= ${p.until}
          ${procedureCode === null ? '' : `AND h.dossier_id IN (SELECT d.id FROM rm_dossiers d WHERE d.procedure_code = ${sql.p(procedureCode)})`}
        GROUP BY 1, 2, 3, 4`,
      sql.params,
    );
    const steps = new Map<string, StepBucket[]>();
    for (const b of buckets) {
      const key = JSON.stringify([b.step_no, b.task]);
      steps.set(key, [...(steps.get(key) ?? []), b]);
    }
    return [...steps.values()]
      .map((of) => summary(of[0].step_no, of[0].task, of))
      .sort((a, b) => a.no - b.no || a.task.localeCompare(b.task, 'vi'));
  }
}

function summary(no: number, task: string, buckets: readonly StepBucket[]): DossierStepCompliance {
  const sum = (outcome: StepBucket['outcome'] | 'all') => buckets.filter((b) => outcome === 'all' || b.outcome === outcome).reduce((n, b) => n + b.n, 0);
  const [early, onTime, late, untimed] = [sum('early'), sum('on_time'), sum('late'), sum(null)];
  const histogram = buckets.filter((b) => b.working_days !== null).map((b): [number, number] => [b.working_days!, b.n]);
  return {
    no, task, count: sum('all'), early, onTime, late, untimed,
    onTimeRate: rateOf(early + onTime, early + onTime + late),
    medianWorkingDays: percentileOf(histogram, 0.5),
    p90WorkingDays: percentileOf(histogram, 0.9),
  };
}
