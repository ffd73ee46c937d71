import { randomUUID } from 'node:crypto';
import { Inject, Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { auditorReadsStream, type AuditRecordViewed } from '@office/audit';
import { hasRole } from '@office/domain';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { concatMap, from, map, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { envelope } from '../../commands/command-context';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';

/** Reads of one document, which AccessRecorder already records as `DocumentViewed`. */
const DOCUMENT_READ = /^\/api\/documents\/[^/]+(\/(history|state))?$/;

const RECORDS_ITSELF = 'office-ledger:records-auditor-read-itself';

/**
 * For a handler that sends its answer itself (`@Res()`, a streamed zip): the interceptor cannot
 * come between the handler and the answer, so the handler calls `AuditorReads.record` before sending.
 */
export const RecordsAuditorReadItself = () => SetMetadata(RECORDS_ITSELF, true);

/** `AuditRecordViewed` for an auditor's GET under /api; nothing for anyone else, or for a single document's read. */
@Injectable()
export class AuditorReads {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(request: AuthenticatedRequest): Promise<void> {
    if (request.method !== 'GET' || !request.user || !hasRole(request.user, 'auditor')) return;
    const [resource, query] = splitUrl(request.url);
    if (!resource.startsWith('/api/') || DOCUMENT_READ.test(resource)) return;
    const context = contextOf(request, this.clock);
    const event: AuditRecordViewed = {
      type: 'AuditRecordViewed',
      data: { resource, query, because: 'auditor', by: context.actor.userId, role: 'auditor', at: context.now },
    };
    // Not through CommandPipeline, by design: a record of a read decides nothing (no state to fold,
    // no refusal, no Idempotency-Key: every read is recorded again), so it appends to 'any' revision.
    await this.store.append(auditorReadsStream(context.actor.userId), envelope([event], [randomUUID()], { ...context, actorRole: 'auditor' }), 'any');
  }
}

/**
 * Every GET an auditor makes under /api (verification, digests, registers, statistics,
 * compliance, evidence packs, lists, the access log itself) is recorded as `AuditRecordViewed`
 * once the handler has produced its answer and before it is sent: a read refused (400, 403, 404 …)
 * is not a read and records nothing; a read that cannot be recorded is not answered.
 */
@Injectable()
export class AuditorReadsInterceptor implements NestInterceptor {
  constructor(
    private readonly reads: AuditorReads,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (this.reflector.get<boolean | undefined>(RECORDS_ITSELF, context.getHandler())) return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return next.handle().pipe(concatMap((answer) => from(this.reads.record(request)).pipe(map(() => answer))));
  }
}

function splitUrl(url: string): [string, string | null] {
  const at = url.indexOf('?');
  return at < 0 ? [url, null] : [url.slice(0, at), url.slice(at + 1) || null];
}
