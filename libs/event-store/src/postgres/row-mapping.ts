import type { ChainedMetadata, JsonObject, RecordedEvent } from '../event-store.port';

/** Columns in the order `toRecordedEvent` expects; recorded_at is formatted by the server so no Date is parsed per row. */
export const EVENT_COLUMNS =
  `position, stream_id, revision, event_id, type, data, metadata, to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** One row in array mode: node-pg hands int8 over as a string (kept exact through BigInt) and jsonb already parsed. */
export type EventRow = [string, string, string, string, string, JsonObject, ChainedMetadata, string];

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    position: BigInt(row[0]),
    streamId: row[1],
    revision: BigInt(row[2]),
    eventId: row[3],
    type: row[4],
    data: row[5],
    metadata: row[6],
    recordedAt: row[7],
  };
}
