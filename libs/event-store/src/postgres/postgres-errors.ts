import { DatabaseError } from 'pg';
import { EventStoreUnavailableError, InvalidAppendError, WrongExpectedVersionError } from '../errors';
import type { ExpectedRevision } from '../event-store.port';

/** SQLSTATEs raised by `append_events` (postgres-schema.ts). */
const WRONG_EXPECTED_VERSION = 'OL409';
const INVALID_APPEND = 'OL400';
const UNIQUE_VIOLATION = '23505';
const UNTRANSLATABLE_CHARACTER = '22P05';

/** Maps a failed append to the port's errors; a unique violation means a writer we did not foresee got there first. */
export function appendError(error: unknown, streamId: string, expected: ExpectedRevision): Error {
  if (error instanceof DatabaseError) {
    switch (error.code) {
      case WRONG_EXPECTED_VERSION:
        return new WrongExpectedVersionError(streamId, expected, error.detail === 'no_stream' ? 'no_stream' : BigInt(error.detail ?? ''));
      case UNIQUE_VIOLATION:
        return new WrongExpectedVersionError(streamId, expected, 'unknown');
      case INVALID_APPEND:
        return new InvalidAppendError(`append to ${streamId}: ${error.message}`);
      case UNTRANSLATABLE_CHARACTER:
        return new InvalidAppendError(`append to ${streamId}: PostgreSQL jsonb cannot hold this text (${error.message})`);
    }
  }
  return storeError(error);
}

/** Failures to reach the server become `EventStoreUnavailableError` (a write's outcome is unknown); errors the server reported stay as they are. */
export function storeError(error: unknown): Error {
  if (error instanceof DatabaseError) {
    const transient = error.code !== undefined && (error.code.startsWith('08') || error.code.startsWith('57P') || error.code === '53300');
    return transient ? new EventStoreUnavailableError(`PostgreSQL event store: ${error.message}`, error) : error;
  }
  // Socket errors, "Connection terminated", a pool that cannot connect: no SQLSTATE, nothing the server said.
  return new EventStoreUnavailableError(`PostgreSQL event store unreachable: ${error instanceof Error ? error.message : String(error)}`, error);
}
