import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '@office/domain';
import type { EventMetadata, JsonObject, NewEvent } from '@office/event-store';

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

/** A stable UUID (version 5 layout, SHA-1) from its parts. */
export function derivedUuid(...parts: string[]): string {
  const bytes = createHash('sha1').update(parts.join('\u0000')).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Wraps domain events for the store: ids, and who/when/why in metadata. */
export function envelope(events: ReadonlyArray<{ type: string; data: object }>, ids: string[], context: CommandContext): NewEvent[] {
  const metadata: EventMetadata = {
    actorId: context.actor.userId,
    actorRole: context.actorRole,
    correlationId: context.correlationId,
    causationId: context.idempotencyKey ?? null,
    occurredAt: context.now,
    schemaVersion: 1,
  };
  return events.map((event, i) => ({ eventId: ids[i], type: event.type, data: event.data as JsonObject, metadata }));
}
