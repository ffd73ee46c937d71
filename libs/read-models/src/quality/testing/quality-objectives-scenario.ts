import { qualityObjectivesHistory } from '@office/domain/quality/testing/quality-objectives-history';
import type { JsonObject } from '@office/event-store';
import type { ScenarioEvent } from '../../../../../apps/projector/src/testing/scenario';
import { onestopScenario } from '../../onestop/testing/onestop-scenario';
import { qualityScenario } from './quality-scenario';

export { OBJECTIVES_2026 } from '@office/domain/quality/testing/quality-objectives-history';

/**
 * The desk's March (onestop-scenario: three procedures, dossier `a` resolved early and rated 5),
 * the quality spring (quality-scenario) and the chief's 2026 objectives: what the objectives, the
 * review inputs and the self-check are measured on.
 */
export function qualityYearScenario(): ScenarioEvent[] {
  const objectives = qualityObjectivesHistory().map(({ stream, type, data }) => ({ stream, type, data: data as unknown as JsonObject, actorId: data.by }));
  return [...onestopScenario(), ...qualityScenario(), ...objectives];
}
