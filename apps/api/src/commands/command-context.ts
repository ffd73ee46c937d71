import { randomUUID } from 'node:crypto';
import { schemaVersionOf, type Actor } from '@office/domain';
import { derivedUuid, type EventMetadata, type JsonObject, type NewEvent } from '@office/event-store';

/** Who asks, when, and the request's identity: what every command handler needs besides the command. */
export interface CommandContext {
  actor: Actor;
  /** The role the actor acts in, recorded in every event's metadata. */
  actorRole: string;
  /** ISO instant from the injected clock. */
  now: string;
  correlationId: string;
  /** The Idempotency-Key, when the client sent one: event ids are then derived from it. */
  idempotencyKey?: string;
}

/**
 * Event ids for one command's events. With an Idempotency-Key they are derived from it (a UUID
 * v5-style hash), so a retried request appends the very same ids and the store deduplicates it;
 * without one they are random.
 */
export function eventIdsFor(context: CommandContext, streamId: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => (context.idempotencyKey ? derivedUuid(context.actor.userId, context.idempotencyKey, streamId, String(i)) : randomUUID()));
}

/**
 * The id of a new aggregate (a document, dossier, task, delegation…). With an Idempotency-Key it
 * derives from the key and `kind`, so a retried request answers the same aggregate; otherwise random.
 */
export function newAggregateId(context: CommandContext, kind: string): string {
  return context.idempotencyKey ? derivedUuid(context.actor.userId, context.idempotencyKey, kind) : randomUUID();
}

/** Wraps domain events for the store: ids, who/when/why in metadata, and the schema version the domain writes each type at. */
export function envelope(events: ReadonlyArray<{ type: string; data: object }>, ids: string[], context: CommandContext): NewEvent[] {
  const metadata: Omit<EventMetadata, 'schemaVersion'> = {
    actorId: context.actor.userId,
    actorRole: context.actorRole,
    correlationId: context.correlationId,
    causationId: context.idempotencyKey ?? null,
    occurredAt: context.now,
  };
  return events.map((event, i) => ({
    eventId: ids[i],
    type: event.type,
    data: event.data as JsonObject,
    metadata: { ...metadata, schemaVersion: schemaVersionOf(event.type) },
  }));
}
