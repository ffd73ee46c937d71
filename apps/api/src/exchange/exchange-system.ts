import type { CommandContext } from '../commands/command-context';
import { SYSTEM_ACTOR_ID } from '../documents/numbering/number-reconciler';

/**
 * The context of what the exchange records by itself (a package received, a status sent): the
 * system as actor, and event ids derived from `key`, so that the same step retried after a crash
 * appends nothing new.
 */
export function systemContext(now: Date, key: string): CommandContext {
  return { actor: { userId: SYSTEM_ACTOR_ID, roles: ['admin'], departmentId: null }, actorRole: 'system', now: now.toISOString(), correlationId: `exchange-${key}`, idempotencyKey: `exchange-${key}` };
}
