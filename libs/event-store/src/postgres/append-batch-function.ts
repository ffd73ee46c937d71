import { MAX_EVENTS_PER_TRANSACTION } from './positions';

/**
 * `append_batch`: group commit. Appends to several streams, each with its own expected revision,
 * in one transaction and one round trip (postgres-group-commit.ts gathers them). Same rules as
 * `append_events`, but a refused expectation is answered in that append's row (`conflict`: the
 * stream's actual revision or `no_stream`) instead of raised, so it never fails the others.
 * Anything raised (a bad append, an event id taken by another stream) rolls the whole group back
 * and the caller retries each append alone.
 *
 * p_appends: [{stream, expected, events: [{eventId, type, data, metadata}, ...]}, ...];
 * expected as in `append_events` (-1 any, -2 no_stream, -3 exists, >= 0 exact). One row per
 * append, in order. Call it alone, in autocommit.
 */
export function appendBatchFunction(s: string): string {
  return `
    CREATE FUNCTION ${s}.append_batch(p_appends jsonb)
    RETURNS TABLE (next_revision bigint, last_position bigint, written boolean, conflict text)
    LANGUAGE plpgsql AS $fn$
    DECLARE
      v_append jsonb;
      v_stream text;
      v_expected bigint;
      v_events jsonb;
      v_count bigint;
      v_actual bigint;
      v_first_stream text;
      v_first_revision bigint;
      v_matched bigint;
      v_xact bigint;
      v_offset bigint := 0;
    BEGIN
      -- Every stream's lock before anything gives this transaction an id (the ordering argument of
      -- append_events), taken in one order so that two groups never wait on each other in a cycle.
      PERFORM pg_advisory_xact_lock(k)
         FROM (SELECT DISTINCT hashtextextended(a->>'stream', 0) AS k FROM jsonb_array_elements(p_appends) AS a ORDER BY 1) AS locks;
      FOR v_append IN SELECT value FROM jsonb_array_elements(p_appends) LOOP
        v_stream := v_append->>'stream';
        v_expected := (v_append->>'expected')::bigint;
        v_events := v_append->'events';
        v_count := jsonb_array_length(v_events);
        next_revision := NULL;
        last_position := NULL;
        written := false;
        conflict := NULL;
        -- The low 20 bits of a position number the events of one transaction: all the group's appends share them.
        IF v_count < 1 OR v_offset + v_count > ${MAX_EVENTS_PER_TRANSACTION} THEN
          RAISE EXCEPTION USING ERRCODE = 'OL400', MESSAGE = format('a group holds 1 to ${MAX_EVENTS_PER_TRANSACTION} events per append and in all, not %s', v_offset + v_count);
        END IF;
        SELECT (SELECT max(revision) FROM ${s}.events WHERE stream_id = v_stream), first.stream_id, first.revision
          INTO v_actual, v_first_stream, v_first_revision
          FROM (SELECT) AS one
          LEFT JOIN ${s}.events first ON first.event_id = (v_events->0->>'eventId')::uuid;
        IF v_first_stream IS NOT NULL THEN
          -- A retry (of an earlier group, or of an append earlier in this one): identical only if every id sits in this stream at consecutive revisions.
          SELECT count(*), max(e.position) INTO v_matched, last_position
            FROM jsonb_array_elements(v_events) WITH ORDINALITY AS x(event, i)
            JOIN ${s}.events e ON e.event_id = (x.event->>'eventId')::uuid
           WHERE e.stream_id = v_stream AND e.revision = v_first_revision + x.i - 1;
          IF v_first_stream = v_stream AND v_matched = v_count THEN
            next_revision := v_first_revision + v_count - 1;
          ELSE
            last_position := NULL;
            conflict := coalesce(v_actual::text, 'no_stream');
          END IF;
        -- Not a CASE: PL/pgSQL ends an ELSIF condition at its first THEN.
        ELSIF (v_expected = -2 AND v_actual IS NOT NULL) OR (v_expected = -3 AND v_actual IS NULL)
              OR (v_expected >= 0 AND v_actual IS DISTINCT FROM v_expected) THEN
          conflict := coalesce(v_actual::text, 'no_stream');
        ELSE
          v_xact := coalesce(v_xact, pg_current_xact_id()::text::bigint << 20);
          INSERT INTO ${s}.events (position, stream_id, revision, event_id, type, data, metadata)
          SELECT v_xact + v_offset + x.i - 1, v_stream, coalesce(v_actual, -1) + x.i, (x.event->>'eventId')::uuid,
                 x.event->>'type', x.event->'data', x.event->'metadata'
            FROM jsonb_array_elements(v_events) WITH ORDINALITY AS x(event, i);
          v_offset := v_offset + v_count;
          next_revision := coalesce(v_actual, -1) + v_count;
          last_position := v_xact + v_offset - 1;
          written := true;
        END IF;
        RETURN NEXT;
      END LOOP;
    END
    $fn$;
  `;
}
