import { QUALITY_INDICATORS, type IndicatorUnit, type LocalDate, type QualityIndicator, type QualityObjectivesState } from '@office/domain';
import type { DataSource } from 'typeorm';
import { QualityMeasures, type MeasuredPeriod, type QualityMeasure } from './quality-measures';

/** `met` when the measured value reaches the target, `no_data` when the period counted nothing for the indicator. */
export type ObjectiveStatus = 'met' | 'not_met' | 'no_data';

export interface MeasuredObjective {
  code: string;
  text: string;
  indicator: QualityIndicator;
  indicatorName: string;
  unit: IndicatorUnit;
  basis: string;
  target: number;
  measured: QualityMeasure;
  status: ObjectiveStatus;
}

export interface QualityObjectivesAnswer {
  year: number;
  /** The year, measured as of its end or today while it runs. */
  period: MeasuredPeriod;
  policy: string | null;
  setBy: string | null;
  setAt: string | null;
  revision: number;
  objectives: MeasuredObjective[];
  /** How many objectives are met (and how many could be measured). */
  summary: { total: number; met: number; notMet: number; noData: number };
}

/**
 * The year's quality policy and objectives (`quality-objectives.v1`), each objective measured
 * from the log with the indicator the domain's table names (QualityMeasures) and judged
 * measured ≥ target.
 */
export class QualityObjectivesQueries {
  private readonly measures: QualityMeasures;

  constructor(
    private readonly dataSource: DataSource,
    clock: () => Date = () => new Date(),
  ) {
    this.measures = new QualityMeasures(dataSource, clock);
  }

  async objectives(year: number): Promise<QualityObjectivesAnswer> {
    const [row]: Array<{ state: QualityObjectivesState }> = await this.dataSource.query('SELECT state FROM rm_quality_objectives WHERE year = $1', [year]);
    const state = row?.state.status === 'set' ? row.state : null;
    const period = this.measures.measured({ from: `${year}-01-01` as LocalDate, to: `${year}-12-31` as LocalDate });
    const objectives = state?.objectives ?? [];
    const measured = await this.measures.measure(objectives.map((o) => o.indicator), period);
    const answers = objectives.map((o): MeasuredObjective => {
      const m = measured.get(o.indicator)!;
      const { name, unit, basis } = QUALITY_INDICATORS[o.indicator];
      return { ...o, indicatorName: name, unit, basis, measured: m, status: m.value === null ? 'no_data' : m.value >= o.target ? 'met' : 'not_met' };
    });
    const count = (status: ObjectiveStatus) => answers.filter((a) => a.status === status).length;
    return {
      year,
      period,
      policy: state?.policy ?? null,
      setBy: state?.setBy ?? null,
      setAt: state?.setAt ?? null,
      revision: state?.revision ?? 0,
      objectives: answers,
      summary: { total: answers.length, met: count('met'), notMet: count('not_met'), noData: count('no_data') },
    };
  }
}
