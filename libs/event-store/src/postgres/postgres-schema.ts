import type { Pool, PoolClient } from 'pg';
import { appendBatchFunction } from './append-batch-function';
import { MAX_EVENTS_PER_TRANSACTION } from './positions';

interface Migration {
  version: number;
  sql(schema: string): string;
}

/**
 * Positions are (transaction id << 20) + index, so readers can stop below the oldest transaction
 * still running and never skip an event that commits late (reliability research §1.2).
 * `append_events` and its group form `append_batch` are the only writers; see their comments for the ordering argument.
 */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: (s) => `
      CREATE TABLE ${s}.events (
        position bigint PRIMARY KEY,
        -- Byte order: an operating-system upgrade can change a locale's collation under an index and break its uniqueness.
        stream_id text COLLATE "C" NOT NULL,
        revision bigint NOT NULL,
        event_id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (stream_id, revision)
      );

      -- p_expected: -1 any, -2 no_stream, -3 exists, >= 0 exact last revision.
      -- p_events: [{eventId, type, data, metadata}, ...]. Call it alone, in autocommit.
      CREATE FUNCTION ${s}.append_events(p_stream text, p_expected bigint, p_events jsonb,
                                         OUT next_revision bigint, OUT last_position bigint)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_count bigint := jsonb_array_length(p_events);
        v_actual bigint;
        v_first_stream text;
        v_first_revision bigint;
        v_matched bigint;
        v_conflict boolean;
        v_base bigint;
      BEGIN
        IF v_count < 1 OR v_count > ${MAX_EVENTS_PER_TRANSACTION} THEN
          RAISE EXCEPTION USING ERRCODE = 'OL400', MESSAGE = format('an append holds 1 to ${MAX_EVENTS_PER_TRANSACTION} events, not %s', v_count);
        END IF;
        -- Taken before anything gives this transaction an id: the stream's previous writer has
        -- committed by now, so our id, hence our positions, are above theirs.
        PERFORM pg_advisory_xact_lock(hashtextextended(p_stream, 0));
        -- Both look-ups in one statement: each statement a function runs has a fixed cost on the hot path.
        SELECT (SELECT max(revision) FROM ${s}.events WHERE stream_id = p_stream), first.stream_id, first.revision
          INTO v_actual, v_first_stream, v_first_revision
          FROM (SELECT) AS one
          LEFT JOIN ${s}.events first ON first.event_id = (p_events->0->>'eventId')::uuid;
        IF v_first_stream IS NOT NULL THEN
          -- A retry: identical only if every id sits in this stream at consecutive revisions.
          SELECT count(*), max(e.position) INTO v_matched, last_position
            FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(event, i)
            JOIN ${s}.events e ON e.event_id = (x.event->>'eventId')::uuid
           WHERE e.stream_id = p_stream AND e.revision = v_first_revision + x.i - 1;
          IF v_first_stream = p_stream AND v_matched = v_count THEN
            next_revision := v_first_revision + v_count - 1;
            RETURN;
          END IF;
          v_conflict := true;
        ELSE
          v_conflict := CASE p_expected
            WHEN -1 THEN false
            WHEN -2 THEN v_actual IS NOT NULL
            WHEN -3 THEN v_actual IS NULL
            ELSE v_actual IS DISTINCT FROM p_expected
          END;
        END IF;
        IF v_conflict THEN
          RAISE EXCEPTION USING ERRCODE = 'OL409', MESSAGE = format('stream %s is at revision %s', p_stream, coalesce(v_actual::text, 'no_stream')),
                                DETAIL = coalesce(v_actual::text, 'no_stream');
        END IF;

        v_base := pg_current_xact_id()::text::bigint << 20;
        INSERT INTO ${s}.events (position, stream_id, revision, event_id, type, data, metadata)
        SELECT v_base + x.i - 1, p_stream, coalesce(v_actual, -1) + x.i, (x.event->>'eventId')::uuid,
               x.event->>'type', x.event->'data', x.event->'metadata'
          FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(event, i);
        next_revision := coalesce(v_actual, -1) + v_count;
        last_position := v_base + v_count - 1;
      END
      $fn$;
    `,
  },
  { version: 2, sql: appendBatchFunction },
];

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** The schema name, checked because it is spliced into SQL text. */
export function checkedSchema(schema: string): string {
  if (!IDENTIFIER.test(schema)) throw new Error(`event store schema "${schema}" must be lower-case letters, digits and _`);
  return schema;
}

/**
 * Brings the schema to the latest version; a no-op when it is there. Processes starting together
 * queue on an advisory lock, so each migration runs once.
 */
export async function migrateSchema(pool: Pool, schema: string): Promise<void> {
  const s = checkedSchema(schema);
  const client = await pool.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('office-ledger event store'), hashtext($1))`, [s]);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${s}.schema_migrations`);
      const current = rows[0].version ?? 0;
      for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
        await client.query('BEGIN');
        try {
          await client.query(migration.sql(s));
          await client.query(`INSERT INTO ${s}.schema_migrations (version) VALUES ($1)`, [migration.version]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
      await refuseRewoundTransactionCounter(client, s);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtext('office-ledger event store'), hashtext($1))`, [s]);
    }
  } finally {
    client.release();
  }
}

/**
 * Positions come from transaction ids, so a log restored into another cluster (pg_dump, logical
 * replication) would get new positions below the old ones and subscribers would skip them.
 * pg_upgrade and physical replicas keep the counter; anything else must be caught here.
 */
async function refuseRewoundTransactionCounter(client: PoolClient, s: string): Promise<void> {
  const { rows } = await client.query<{ rewound: boolean }>(
    `SELECT coalesce(max(position) >> 20 >= pg_snapshot_xmax(pg_current_snapshot())::text::bigint, false) AS rewound FROM ${s}.events`,
  );
  if (rows[0].rewound) {
    throw new Error(
      `event store ${s}: the log holds positions from transaction ids this PostgreSQL cluster has not reached yet ` +
        '(restored from a dump?); new events would be ordered before old ones. Advance the cluster\'s transaction counter first.',
    );
  }
}
