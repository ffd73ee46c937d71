/**
 * A position is (transaction id << 20) + the event's index within its transaction, so readers can
 * stop below the oldest running transaction and never skip an event that commits late.
 */
export const POSITION_INDEX_BITS = 20;

/** Largest number of events one transaction may hold: the low 20 bits of a position number them. */
export const MAX_EVENTS_PER_TRANSACTION = 1 << POSITION_INDEX_BITS;
