import type { ExpectedRevision } from './event-store.port';

/** The stream was not at the expected revision: someone wrote first. Re-read, decide again. */
export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** Last revision found, or 'no_stream'; 'unknown' when the store did not say. */
    readonly actual: bigint | 'no_stream' | 'unknown',
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, found ${String(actual)}`);
  }
}

/** The store could not be reached or answered with a transient failure; the outcome of a write is unknown. */
export class EventStoreUnavailableError extends Error {
  override readonly name = 'EventStoreUnavailableError';
  constructor(
    message: string,
    override readonly cause?: unknown,
    /**
     * Known for certain: an append reached the store and its answer was lost, so it may be written.
     * The same append again (same event ids, same expected revision) settles it either way.
     */
    readonly appendMayHaveLanded = false,
  ) {
    super(message);
  }
}

/** A caller asked for something the port does not allow (empty append, bad id, oversized batch). */
export class InvalidAppendError extends Error {
  override readonly name = 'InvalidAppendError';
}
