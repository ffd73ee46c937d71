import { qualityHistories } from '@office/domain/quality/testing/quality-histories';
import type { JsonObject } from '@office/event-store';
import type { ScenarioEvent } from '../../../../../apps/projector/src/testing/scenario';

export { ID } from '@office/domain/quality/testing/quality-histories';

/** The quality system's spring of libs/domain quality-histories, as events to append. */
export function qualityScenario(): ScenarioEvent[] {
  return qualityHistories().map(({ stream, type, data }) => ({ stream, type, data: data as unknown as JsonObject, actorId: data.by }));
}
