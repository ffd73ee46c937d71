import type { QualityObjective, QualityObjectivesEvent } from './quality-objectives.events';

/** The year's policy and objectives (stream `quality-objectives-<year>`); `revision` counts the times they were set. */
export type QualityObjectivesState =
  | { status: 'none' }
  | { status: 'set'; year: number; policy: string; objectives: QualityObjective[]; setBy: string; setAt: string; revision: number };

export const initialQualityObjectivesState: QualityObjectivesState = { status: 'none' };

export function evolveQualityObjectives(state: QualityObjectivesState, event: QualityObjectivesEvent): QualityObjectivesState {
  switch (event.type) {
    case 'QualityObjectivesSet': {
      const { year, policy, objectives, by, at } = event.data;
      return { status: 'set', year, policy, objectives, setBy: by, setAt: at, revision: (state.status === 'set' ? state.revision : 0) + 1 };
    }
    default:
      return state;
  }
}
