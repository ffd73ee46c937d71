import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Http2ServerRequest } from 'node:http2';
import type { LoggerService } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedRequest } from '../auth/authenticated-user';

export const CORRELATION_HEADER = 'x-correlation-id';
/** What a caller may send as its request id; anything else is replaced, never echoed. */
const CORRELATION = /^[A-Za-z0-9._:-]{1,100}$/;

/** Fastify's `genReqId`: the caller's X-Correlation-Id when well-formed, else a new UUID. */
export function requestIdOf(raw: IncomingMessage | Http2ServerRequest): string {
  const header = raw.headers[CORRELATION_HEADER];
  return typeof header === 'string' && CORRELATION.test(header) ? header : randomUUID();
}

/** The exception filter leaves a 5xx's error here, for the request's log line. */
export function rememberFailure(request: FastifyRequest, error: unknown): void {
  (request as FastifyRequest & { failure?: unknown }).failure = error;
}

/** A 503 STORE_UNAVAILABLE: counted by the outage (store-outage.ts), so its line is an ordinary one. */
export function rememberStoreUnavailable(request: FastifyRequest): void {
  (request as FastifyRequest & { storeUnavailable?: boolean }).storeUnavailable = true;
}

/**
 * Echoes the request id in X-Correlation-Id and writes one line per answered request
 * (`{requestId, method, route, url, status, ms, userId}` as the line's `message`): `log` level for
 * 1xx–4xx (and 503 STORE_UNAVAILABLE, which the outage reports once), `error` for other 5xx with the
 * error's stack, so that every failure names its route, user and id.
 */
export function registerRequestLog(fastify: FastifyInstance, logger: LoggerService): void {
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header(CORRELATION_HEADER, request.id);
  });
  fastify.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    const line = {
      requestId: request.id,
      method: request.method,
      route: request.routeOptions.url ?? null,
      url: request.url.split('?')[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
      userId: (request as AuthenticatedRequest).user?.id ?? null,
    };
    if (reply.statusCode < 500 || (request as FastifyRequest & { storeUnavailable?: boolean }).storeUnavailable) return logger.log(line, 'HTTP');
    const failure = (request as FastifyRequest & { failure?: unknown }).failure;
    logger.error({ ...line, error: failure instanceof Error ? (failure.stack ?? failure.message) : failure === undefined ? null : String(failure) }, 'HTTP');
  });
}
