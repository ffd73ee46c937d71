import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STORE_RETRY_AFTER_SECONDS, toErrorBody } from './error-mapping';
import { TooManyRequestsException } from './rate-limit/too-many-requests.exception';
import { rememberFailure } from './request-log';

/** Every error becomes API.md's body; a 5xx's error is logged with its request's line (request-log.ts). */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const body = toErrorBody(error);
    const http = host.switchToHttp();
    if (body.statusCode >= 500) rememberFailure(http.getRequest<FastifyRequest>(), error);
    const reply = http.getResponse<FastifyReply>();
    const retryAfter = error instanceof TooManyRequestsException ? error.retryAfterSeconds : body.code === 'STORE_UNAVAILABLE' ? STORE_RETRY_AFTER_SECONDS : undefined;
    if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
    reply.status(body.statusCode).send(body);
  }
}
