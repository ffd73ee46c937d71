import { DOCUMENT_UPCASTERS } from './document';

/**
 * Every upcaster of the domain's events, keyed by (type, fromVersion): the application registers them
 * with the event store, which applies them on read. Each context declares its own beside its events.
 */
export const EVENT_UPCASTERS = [...DOCUMENT_UPCASTERS] as const;

/** The schema version deciders write `type` at today: one past its last upcaster step, 1 for a type never changed. */
export function schemaVersionOf(type: string): number {
  return EVENT_UPCASTERS.reduce((version, step) => (step.type === type ? Math.max(version, step.fromVersion + 1) : version), 1);
}
