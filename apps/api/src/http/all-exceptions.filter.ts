import { Catch, Inject, Logger, type ArgumentsHost, type ExceptionFilter, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { STORE_RETRY_AFTER_SECONDS, toErrorBody } from './error-mapping';
import { TooManyRequestsException } from './rate-limit/too-many-requests.exception';
import { rememberFailure, rememberStoreUnavailable } from './request-log';
import { StoreOutage } from './store-outage';

/**
 * Every error becomes API.md's body; a 5xx's error is logged with its request's line
 * (request-log.ts), except STORE_UNAVAILABLE, counted as one outage (store-outage.ts).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter, OnModuleDestroy {
  private readonly outage: StoreOutage;

  constructor(@Inject(EVENT_STORE) store: EventStore, dataSource: DataSource) {
    // Back when both answer: either being away answers 503 STORE_UNAVAILABLE.
    this.outage = new StoreOutage(() => Promise.all([store.headPosition(), dataSource.query('SELECT 1')]), new Logger('StoreOutage'));
  }

  catch(error: unknown, host: ArgumentsHost): void {
    const body = toErrorBody(error);
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (body.code === 'STORE_UNAVAILABLE') {
      rememberStoreUnavailable(request);
      this.outage.refused(request, error, reply.elapsedTime);
    } else if (body.statusCode >= 500) rememberFailure(request, error);
    const retryAfter = error instanceof TooManyRequestsException ? error.retryAfterSeconds : body.code === 'STORE_UNAVAILABLE' ? STORE_RETRY_AFTER_SECONDS : undefined;
    if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
    reply.status(body.statusCode).send(body);
  }

  onModuleDestroy(): void {
    this.outage.stop();
  }
}
