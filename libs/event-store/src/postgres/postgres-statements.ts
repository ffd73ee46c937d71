import { EVENT_COLUMNS } from './row-mapping';

export interface Statement {
  name: string;
  text: string;
}

/**
 * Every query of the adapter, as named statements: each pool connection parses and plans them once.
 * Readers of the whole log stop below the oldest running transaction (positions are its id << 20):
 * everything under that bound has committed or rolled back, so what they see there is final.
 */
export function postgresStatements(schema: string) {
  const events = `${schema}.events`;
  const visible = `position < (pg_snapshot_xmin(pg_current_snapshot())::text::bigint << 20)`;
  const statement = (name: string, text: string): Statement => ({ name: `${schema}.${name}`, text });
  return {
    // `written`: only a write gives the transaction an id, and a written position carries it (postgres-schema.ts).
    append: statement(
      'append',
      `SELECT next_revision, last_position, coalesce(last_position >> 20 = pg_current_xact_id_if_assigned()::text::bigint, false) AS written
         FROM ${schema}.append_events($1, $2, $3)`,
    ),
    // `append`, and another stream read from a revision in the same statement (one row with NULL columns when it holds nothing there).
    appendAndRead: statement(
      'append-and-read',
      `SELECT a.next_revision, a.last_position, coalesce(a.last_position >> 20 = pg_current_xact_id_if_assigned()::text::bigint, false) AS written, r.*
         FROM ${schema}.append_events($1, $2, $3) AS a
         LEFT JOIN LATERAL (SELECT ${EVENT_COLUMNS} FROM ${events} WHERE stream_id = $4 AND revision >= $5 ORDER BY revision) AS r ON true`,
    ),
    appendBatch: statement('append-batch', `SELECT next_revision, last_position, written, conflict FROM ${schema}.append_batch($1)`),
    readStream: statement('read-stream', `SELECT ${EVENT_COLUMNS} FROM ${events} WHERE stream_id = $1 AND revision >= $2 ORDER BY revision LIMIT $3`),
    // Walks the (stream_id, revision) index once per stream: each stream's events come together, in revision order.
    readStreams: statement('read-streams', `SELECT ${EVENT_COLUMNS} FROM ${events} WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, revision`),
    readLastEvent: statement('read-last', `SELECT ${EVENT_COLUMNS} FROM ${events} WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1`),
    readAll: statement('read-all', `SELECT ${EVENT_COLUMNS} FROM ${events} WHERE position > $1 AND ${visible} ORDER BY position LIMIT $2`),
    headPosition: statement('head', `SELECT max(position) FROM ${events} WHERE ${visible}`),
    // Not EXISTS (… WHERE position > $1): after five runs its generic plan scans the whole table (a caught-up subscription
    // polls it every 200 ms: ≈ 0.35 s of a 450,000-event log each time); max() reads the index's last entry whatever $1 is.
    anyEventAfter: statement('any-after', `SELECT coalesce(max(position) > $1, false) FROM ${events}`),
  };
}

export type PostgresStatements = ReturnType<typeof postgresStatements>;
