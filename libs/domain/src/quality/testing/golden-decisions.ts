import { firstOfEachType, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { qualityHistories } from './quality-histories';
import { qualityObjectivesHistory } from './quality-objectives-history';

/* The quality system's events: the first of each type in the spring its histories decide through the real rules. */

export const qualityGoldenDecisions = (): GoldenDecision[] =>
  firstOfEachType([...qualityHistories(), ...qualityObjectivesHistory()].map(({ type, data, fold }) => ({ type, data, fold })));
