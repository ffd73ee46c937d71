import { DatabaseError } from 'pg';
import { EventStoreUnavailableError, InvalidAppendError, WrongExpectedVersionError } from '../errors';
import type { ExpectedRevision } from '../event-store.port';

/** SQLSTATEs raised by `append_events` and `append_batch` (postgres-schema.ts). */
const WRONG_EXPECTED_VERSION = 'OL409';
const INVALID_APPEND = 'OL400';
const UNIQUE_VIOLATION = '23505';
const UNTRANSLATABLE_CHARACTER = '22P05';

/**
 * Maps a failed append to the port's errors; a unique violation means a writer we did not foresee
 * got there first. A connection lost once the statement was sent leaves the append possibly written.
 */
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
  return storeError(error, true);
}

/**
 * Failures to reach the server become `EventStoreUnavailableError`; errors the server reported stay
 * as they are. `sent`: the statement had gone out on the connection (query() throws unsent ones as
 * `EventStoreUnavailableError` already).
 */
export function storeError(error: unknown, sent = false): Error {
  if (error instanceof EventStoreUnavailableError || (error instanceof DatabaseError && !isConnectionLoss(error))) return error;
  const reason = error instanceof DatabaseError ? `PostgreSQL event store: ${error.message}` : `PostgreSQL event store unreachable: ${error instanceof Error ? error.message : String(error)}`;
  return new EventStoreUnavailableError(reason, error, sent);
}

/**
 * SQLSTATEs that say the server cannot serve this connection now, not that the statement is
 * wrong: connection exceptions (08), shutdown, crash, recovery or a terminated backend (57P),
 * too many connections (53300).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P..|53300)$/;
const SQLSTATE = /^[0-9A-Z]{5}$/;
/** What node-postgres, its pool and TypeORM say, without a SQLSTATE, when the connection is gone or cannot be made. */
const CONNECTION_MESSAGES = /connection terminated|connection ended|terminating connection|not queryable|connection is closed|timeout exceeded when trying to connect|cannot use a pool after calling end|socket/i;

/**
 * Whether `error` means PostgreSQL is out of reach (down, restarting, the link cut) rather than
 * that it refused the statement: the one test for "answer 503 and retry later", whether the error
 * came from the event store's pool, TypeORM's or a connection of its own.
 */
export function isConnectionLoss(error: unknown): boolean {
  if (error instanceof EventStoreUnavailableError) return true;
  const { code, message, driverError } = (error ?? {}) as { code?: unknown; message?: unknown; driverError?: unknown };
  // TypeORM's QueryFailedError carries node-postgres's error as driverError.
  if (driverError !== undefined && driverError !== error) return isConnectionLoss(driverError);
  if (typeof code === 'string' && SQLSTATE.test(code)) return UNAVAILABLE_SQLSTATE.test(code);
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return true; // ECONNREFUSED, ECONNRESET, ETIMEDOUT, EPIPE… from the socket
  return typeof message === 'string' && CONNECTION_MESSAGES.test(message);
}
