import {
  addCalendarDays, currentAction, localDateOf, QUALITY_INDICATORS,
  type KnownNonconformity, type LocalDate, type QualityIndicator,
} from '@office/domain';
import type { DataSource } from 'typeorm';
import { DossierStatisticsQueries } from '../../onestop/statistics/dossier-statistics.queries';
import { Index766Queries, type Indicator766 } from '../../onestop/statistics/index766.queries';
import type { DayPeriod } from '../../onestop/statistics/dossier-period';
import { minDay } from '../../onestop/statistics/dossier-period';

/** A measured indicator: `value` in the indicator's unit (percent 0–100, or score 1–5), null when nothing was counted. */
export interface QualityMeasure {
  indicator: QualityIndicator;
  numerator: number;
  denominator: number;
  value: number | null;
}

/** A period measured as of a day: `asOf` is `to`, or today when the period is not over (nothing is late in the future). */
export interface MeasuredPeriod extends DayPeriod {
  asOf: LocalDate;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** dd/mm/yyyy, as the Vietnamese texts of the quality answers write a day. */
export const vnDay = (day: LocalDate): string => day.split('-').reverse().join('/');

function measure(indicator: QualityIndicator, numerator: number, denominator: number): QualityMeasure {
  if (!denominator) return { indicator, numerator, denominator, value: null };
  const ratio = numerator / denominator;
  return { indicator, numerator, denominator, value: round2(QUALITY_INDICATORS[indicator].unit === 'percent' ? ratio * 100 : ratio) };
}

/** The months (`YYYY-MM`) a period touches: the 766 panel is monthly, so satisfaction counts whole months. */
export function monthsOf({ from, to }: DayPeriod): string[] {
  const months: string[] = [];
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = addCalendarDays(`${month}-28`, 7).slice(0, 7)) months.push(month);
  return months;
}

/**
 * How each indicator of the domain's table (QUALITY_INDICATORS) is measured from the read
 * models: the objectives, the management review's inputs and the self-check all read these.
 * Dossiers and satisfaction reuse the one-stop statistics and the 766 panel; the rest are small
 * counts over the quality registers and the document steps.
 */
export class QualityMeasures {
  private readonly dossiers: DossierStatisticsQueries;
  private readonly index766: Index766Queries;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.dossiers = new DossierStatisticsQueries(dataSource, clock);
    this.index766 = new Index766Queries(dataSource, clock);
  }

  /** `period` with the day its figures are judged on. */
  measured(period: DayPeriod): MeasuredPeriod {
    return { ...period, asOf: minDay(period.to, localDateOf(this.clock())) };
  }

  /** The indicators asked for, each measured once. */
  async measure(indicators: readonly QualityIndicator[], period: DayPeriod): Promise<Map<QualityIndicator, QualityMeasure>> {
    const p = this.measured(period);
    const wanted = [...new Set(indicators)];
    const needsSatisfaction = wanted.some((i) => i.startsWith('satisfaction_'));
    const satisfaction = needsSatisfaction ? await this.satisfaction(p) : null;
    const measures = await Promise.all(wanted.map((indicator) => this.one(indicator, p, satisfaction)));
    return new Map(measures.map((m) => [m.indicator, m]));
  }

  private async one(indicator: QualityIndicator, p: MeasuredPeriod, satisfaction: SatisfactionFigures | null): Promise<QualityMeasure> {
    switch (indicator) {
      case 'dossiers_on_time': {
        const { resolved } = await this.dossiers.briefing(p);
        return measure(indicator, resolved.early + resolved.onTime, resolved.total);
      }
      case 'document_submit_on_time': {
        // The same count as the ISO compliance table's `submit` row (steps done in the period, on time / all).
        const [r]: Array<{ on_time: number; done: number }> = await this.dataSource.query(
          `SELECT count(*) FILTER (WHERE state = 'on_time')::int AS on_time, count(*)::int AS done
             FROM rm_process_steps WHERE step = 'submit' AND done_on BETWEEN $1::date AND $2::date`,
          [p.from, p.to],
        );
        return measure(indicator, r.on_time, r.done);
      }
      case 'nonconformities_closed_on_time': {
        const due = await this.actionsDue(p);
        return measure(indicator, due.filter((a) => a.closedOnTime).length, due.length);
      }
      case 'satisfaction_share':
        return measure(indicator, satisfaction!.satisfied, satisfaction!.rated);
      case 'satisfaction_score':
        return measure(indicator, satisfaction!.scoreSum, satisfaction!.rated);
      case 'legal_changes_on_time': {
        const clocks = await this.legalClocks(p);
        return measure(indicator, clocks.filter((c) => c.state === 'on_time').length, clocks.length);
      }
    }
  }

  /** The 766 satisfaction figures summed over the months of the period. */
  async satisfaction(period: DayPeriod): Promise<SatisfactionFigures> {
    const panels = await Promise.all(monthsOf(period).map((month) => this.index766.panel(month)));
    const sum = (key: string, part: 'numerator' | 'denominator') =>
      panels.reduce((n, panel) => n + (panel.indicators.find((i: Indicator766) => i.key === key)?.[part] ?? 0), 0);
    return { months: panels.map((p) => p.month), rated: sum('satisfaction.satisfied_share', 'denominator'), satisfied: sum('satisfaction.satisfied_share', 'numerator'), scoreSum: sum('satisfaction.mean_score', 'numerator') };
  }

  /**
   * Nonconformities whose current corrective action fell due in the period (up to its `asOf`):
   * on time when the NC was closed on or before that day.
   */
  async actionsDue(p: MeasuredPeriod): Promise<Array<{ id: string; dueOn: LocalDate; closedOn: LocalDate | null; closedOnTime: boolean }>> {
    const rows: Array<{ id: string; state: KnownNonconformity }> = await this.dataSource.query(`SELECT id, state FROM rm_quality_nonconformities ORDER BY raised_at, id`);
    return rows.flatMap(({ id, state }) => {
      const action = currentAction(state);
      if (!action || action.dueOn < p.from || action.dueOn > p.asOf) return [];
      const closedOn = state.closing ? localDateOf(state.closing.at) : null;
      return [{ id, dueOn: action.dueOn, closedOn, closedOnTime: closedOn !== null && closedOn <= action.dueOn }];
    });
  }

  /**
   * The legal changes whose 3-month clock ran in the period: due in it (up to `asOf`) or done in
   * it. `on_time` when done by the due day, `late` when done after, `overdue` when still open past it.
   */
  async legalClocks(p: MeasuredPeriod): Promise<Array<{ id: string; docSymbol: string; dueOn: LocalDate; doneOn: LocalDate | null; state: 'on_time' | 'late' | 'overdue' }>> {
    const rows: Array<{ id: string; doc_symbol: string; due_on: LocalDate; done_on: LocalDate | null }> = await this.dataSource.query(
      `SELECT id, doc_symbol, due_on::text, done_on::text FROM rm_quality_legal_changes
        WHERE (due_on BETWEEN $1::date AND $2::date) OR (done_on BETWEEN $1::date AND $2::date)
        ORDER BY due_on, id`,
      [p.from, p.asOf],
    );
    return rows.map((r) => ({
      id: r.id, docSymbol: r.doc_symbol, dueOn: r.due_on, doneOn: r.done_on,
      state: r.done_on === null ? 'overdue' : r.done_on <= r.due_on ? 'on_time' : 'late',
    }));
  }
}

export interface SatisfactionFigures {
  months: string[];
  rated: number;
  satisfied: number;
  scoreSum: number;
}
