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
 * Event ids for one command's events. With an Idempotency-Key they derive from it, the stream and
 * which command it is (`command`, the name its caller gives the pipeline: `sign`, `claim-registration`…),
 * so a retried request appends the very same ids and the store deduplicates it, while two commands
 * under one key on one stream (a package's claim and its record) never share ids; without a key they
 * are random.
 */
export function eventIdsFor(context: CommandContext, streamId: string, command: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => (context.idempotencyKey ? keyedEventId(context.actor.userId, context.idempotencyKey, streamId, command, i) : randomUUID()));
}

/** The id of the `index`th event a command appends under an Idempotency-Key (see `eventIdsFor`). */
export function keyedEventId(userId: string, idempotencyKey: string, streamId: string, command: string, index: number): string {
  return derivedUuid(userId, idempotencyKey, streamId, command, String(index));
}

/**
 * The id the first event under `context`'s key had on `streamId` before ids named their command
 * (events stored until December 2026). Only the replay check reads it, so that what was stored then
 * still replays (seeds that run at every start, a retry across the upgrade) instead of being refused.
 */
export function legacyFirstEventId(context: CommandContext, streamId: string): string | null {
  return context.idempotencyKey ? derivedUuid(context.actor.userId, context.idempotencyKey, streamId, '0') : null;
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
