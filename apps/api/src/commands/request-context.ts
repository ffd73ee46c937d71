import { randomUUID } from 'node:crypto';
import type { AuthenticatedRequest } from '../auth/authenticated-user';
import { idempotencyKeyOf } from '../idempotency/idempotency.interceptor';
import type { CommandContext } from './command-context';

const CORRELATION = /^[A-Za-z0-9._:-]{1,100}$/;

/** The command context of an authenticated request: actor from the token, time from the clock. */
export function contextOf(request: AuthenticatedRequest, clock: () => Date): CommandContext {
  const user = request.user;
  if (!user) throw new Error('contextOf needs an authenticated request');
  const header = request.headers['x-correlation-id'];
  const correlationId = typeof header === 'string' && CORRELATION.test(header) ? header : randomUUID();
  return {
    actor: { userId: user.id, roles: user.roles, departmentId: user.departmentId },
    actorRole: user.roles[0] ?? 'unknown',
    now: clock().toISOString(),
    correlationId,
    idempotencyKey: idempotencyKeyOf(request),
  };
}

export { CLOCK, type Clock } from './clock';

/** DI token of the public address citizens reach the product at (`string | null`: null, the request's own). */
export const PUBLIC_BASE_URL = Symbol('PUBLIC_BASE_URL');
