import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { auditorReadsStream, type AuditRecordViewed } from '@office/audit';
import { hasRole } from '@office/domain';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { from, switchMap, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { envelope } from '../../commands/command-context';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';

/** Reads of one document, which AccessRecorder already records as `DocumentViewed`. */
const DOCUMENT_READ = /^\/api\/documents\/[^/]+(\/(history|state))?$/;

/**
 * Every GET an auditor makes under /api (verification, digests, registers, statistics,
 * compliance, evidence packs, lists, the access log itself) is recorded as `AuditRecordViewed`
 * before it is answered; if it cannot be recorded it is not answered.
 */
@Injectable()
export class AuditorReadsInterceptor implements NestInterceptor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (request.method !== 'GET' || !request.user || !hasRole(request.user, 'auditor')) return next.handle();
    const [path, query] = splitUrl(request.url);
    if (!path.startsWith('/api/') || DOCUMENT_READ.test(path)) return next.handle();
    return from(this.record(request, path, query)).pipe(switchMap(() => next.handle()));
  }

  private async record(request: AuthenticatedRequest, resource: string, query: string | null): Promise<void> {
    const context = contextOf(request, this.clock);
    const event: AuditRecordViewed = {
      type: 'AuditRecordViewed',
      data: { resource, query, because: 'auditor', by: context.actor.userId, role: 'auditor', at: context.now },
    };
    await this.store.append(auditorReadsStream(context.actor.userId), envelope([event], [randomUUID()], { ...context, actorRole: 'auditor' }), 'any');
  }
}

function splitUrl(url: string): [string, string | null] {
  const at = url.indexOf('?');
  return at < 0 ? [url, null] : [url.slice(0, at), url.slice(at + 1) || null];
}
