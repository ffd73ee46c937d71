import { evolveQualityObjectives, initialQualityObjectivesState, QUALITY_OBJECTIVES_EVENT_TYPES, qualityObjectivesStreamName, type QualityObjectivesEvent, type QualityObjectivesState } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';

const PREFIX = qualityObjectivesStreamName('');

/**
 * `quality-objectives.v1`: one row per year. The key is the year, not a uuid, so the generic
 * stream-rows helper does not fit; the same guard applies: an event at or before the row's last
 * position changes nothing. A year's stream gets a handful of events, so one statement each is enough.
 */
async function apply(events: readonly RecordedEvent[], tx: EntityManager): Promise<void> {
  for (const recorded of events) {
    if (!recorded.streamId.startsWith(PREFIX)) continue;
    const year = Number(recorded.streamId.slice(PREFIX.length));
    const [row]: Array<{ state: QualityObjectivesState; last_position: string }> = await tx.query('SELECT state, last_position FROM rm_quality_objectives WHERE year = $1', [year]);
    if (row && recorded.position <= BigInt(row.last_position)) continue;
    const state = evolveQualityObjectives(row?.state ?? initialQualityObjectivesState, recorded as unknown as QualityObjectivesEvent);
    await tx.query(
      `INSERT INTO rm_quality_objectives (year, state, last_position) VALUES ($1, $2, $3)
       ON CONFLICT (year) DO UPDATE SET state = EXCLUDED.state, last_position = EXCLUDED.last_position`,
      [year, JSON.stringify(state), recorded.position.toString()],
    );
  }
}

export const qualityObjectivesProjection: Projection = {
  name: PROJECTION_NAMES.qualityObjectives,
  handles: new Set<string>(QUALITY_OBJECTIVES_EVENT_TYPES),
  tables: ['rm_quality_objectives'],
  apply,
};
