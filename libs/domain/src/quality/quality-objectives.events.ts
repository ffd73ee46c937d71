import type { QualityIndicator } from './quality-objectives.indicators';
import type { Stamp } from './quality.stamp';

/*
 * The events of stream `quality-objectives-<year>` (chính sách chất lượng và mục tiêu chất lượng
 * of a calendar year): a public contract; type strings are fixed forever.
 */

/** One yearly objective: its code (MT-01), its wording, the indicator measured from the log and the target (measured ≥ target). */
export type QualityObjective = { code: string; text: string; indicator: QualityIndicator; target: number };

/**
 * The office chief sets the year's quality policy and objectives; setting them again replaces
 * both (the stream keeps every earlier version, so a change during the year stays on record).
 */
export type QualityObjectivesSet = {
  type: 'QualityObjectivesSet';
  data: Stamp & { year: number; policy: string; objectives: QualityObjective[] };
};

export type QualityObjectivesEvent = QualityObjectivesSet;
export const QUALITY_OBJECTIVES_EVENT_TYPES = ['QualityObjectivesSet'] as const satisfies readonly QualityObjectivesEvent['type'][];

export function qualityObjectivesStreamName(year: number | string): string {
  return `quality-objectives-${year}`;
}
