import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import { map, type Observable } from 'rxjs';
import { nullable, position } from '../http/open-api-schemas';

/** What the commands of one write request appended: `ran` once any went through the pipeline. */
interface Written {
  ran: boolean;
  position: bigint | null;
}

const written = new AsyncLocalStorage<Written>();

/**
 * Called by `CommandPipeline.handle` for every command: the global position of its last event
 * (of the earlier run for a replay), or null when it appended nothing. Outside a write request
 * (the demo generator, the projector's processes) there is nobody to tell: it does nothing.
 */
export function noteWritten(position: bigint | null): void {
  const store = written.getStore();
  if (!store) return;
  store.ran = true;
  if (position !== null && (store.position === null || position > store.position)) store.position = position;
}

/**
 * Read-your-writes (README "How it is built"): every write request whose commands ran
 * through the pipeline answers `position`, the global log position of the last event it appended
 * (a string like the history's positions; null when it appended nothing), whatever handler made
 * the answer. The web sends it back as `minPosition` on its next reads. Registered after the
 * Idempotency-Key interceptor so that a replayed answer is the stored one, position included.
 */
@Injectable()
export class WrittenPositionInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const { method } = context.switchToHttp().getRequest<{ method: string }>();
    if (method === 'GET' || method === 'HEAD') return next.handle();
    const store: Written = { ran: false, position: null };
    // `next.handle()` binds the handler to the async context it is called in (Nest's interceptor chain).
    return written.run(store, () => next.handle()).pipe(map((body) => withPosition(body, store)));
  }
}

function withPosition(body: unknown, store: Written): unknown {
  // A JSON object answer only: a file (StreamableFile) or a list passes as it is. The position is the
  // pipeline's, even over a field of that name a handler set (none does: a notice's own is not a write's).
  if (!store.ran || typeof body !== 'object' || body === null || Object.getPrototypeOf(body) !== Object.prototype) return body;
  return { ...body, position: store.position === null ? null : store.position.toString() };
}

const WRITTEN_POSITION = nullable({ ...position, description: 'global log position of the last event this write appended (null: none); send it back as minPosition on reads' });

/**
 * The `position` of write answers in OpenAPI, declared once for every route: required where the
 * answer is a command's `{id, revision, …}` (API.md), optional on the other writes' JSON answers
 * (it comes only when a command ran: login or marking notices read write no event). A field of
 * that name the route already declares is left as it is.
 */
export function describeWrittenPositions(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.post, item.put, item.patch, item.delete]) {
      for (const [status, answer] of Object.entries(operation?.responses ?? {})) {
        const ref = /^2\d\d$/.test(status) && answer && 'content' in answer ? answer.content?.['application/json']?.schema : undefined;
        const schema = ref && ('$ref' in ref ? schemas[ref.$ref.replace('#/components/schemas/', '')] : ref);
        if (schema && !('$ref' in schema) && schema.type === 'object' && schema.properties && !schema.properties.position) declarePosition(schema);
      }
    }
  }
  return document;
}

function declarePosition(schema: SchemaObject): void {
  schema.properties = { ...schema.properties, position: WRITTEN_POSITION };
  if (schema.properties.revision && schema.required) schema.required = [...schema.required, 'position'];
}
