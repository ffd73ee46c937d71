import type { Actor } from '../shared';

/** PUT /api/quality/objectives/:year (office chief): the year's policy and objectives, replacing any set before. */
export interface SetQualityObjectives {
  type: 'set';
  year: number;
  policy: string;
  /** As sent: the decider checks each item against the indicator table. */
  objectives: unknown[];
  actor: Actor;
  now: string;
}

export type QualityObjectivesCommand = SetQualityObjectives;
