import { isConnectionLoss } from '@office/event-store';

/**
 * SQLSTATE classes that say nothing about the events: the connection or the server failed, the
 * transaction lost a race, or a resource ran short. Trying again later may succeed.
 * 08 connection exception, 40 transaction rollback (serialisation, deadlock), 53 insufficient
 * resources, 57 operator intervention (shutdown, terminated backend, cancelled), 58 system error,
 * XX internal error, 55P03 lock not available.
 */
const TRANSIENT_CLASSES = new Set(['08', '40', '53', '57', '58', 'XX']);
const TRANSIENT_CODES = new Set(['55P03']);
/**
 * TypeORM's word for a transaction whose connection it already gave up (the server cut it, say):
 * the next statement of the batch never reaches PostgreSQL, so no SQLSTATE says so.
 */
const RELEASED_CONNECTION = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/**
 * Whether a failed batch should be retried by resubscribing (true) rather than treated as a
 * poison event that stops the projection (false). A projection's own bug (a TypeError, a
 * constraint its rows violate, a value PostgreSQL refuses) is not transient: retrying would fail
 * the same way, and skipping would lose the event.
 */
export function isTransient(error: unknown): boolean {
  if (isConnectionLoss(error) || (error instanceof Error && RELEASED_CONNECTION.has(error.name))) return true;
  const { code } = (error ?? {}) as { code?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && (TRANSIENT_CLASSES.has(code.slice(0, 2)) || TRANSIENT_CODES.has(code));
}
