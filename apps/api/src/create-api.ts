import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ApiRuntime } from './api-runtime';
import { ApiModule } from './api.module';
import { registerMultipart, withAttachments } from './attachments/multipart';
import { registerInputScreen } from './http/input-screen';
import { setUpOpenApi } from './http/open-api';
import { logLevelsUpTo, QuietLogger, type LogSink } from './http/quiet-logger';
import { registerRequestLog, requestIdOf } from './http/request-log';
import { registerSecurityHeaders } from './http/security-headers';
import { createValidationPipe } from './http/validation';
import { registerHttpMetrics } from './metrics/http-metrics';

/**
 * Builds the HTTP application (Fastify: several times the request rate of Express here). Logs are
 * JSON lines, to stdout/stderr unless `logSink` takes them.
 */
export async function createApi(given: ApiRuntime, logLevel: 'error' | 'warn' | 'log' | 'debug' = 'log', logSink?: LogSink): Promise<NestFastifyApplication> {
  const runtime = await withAttachments(given);
  const logger = new QuietLogger({ logLevels: logLevelsUpTo(logLevel) }, logSink);
  const adapter = new FastifyAdapter({
    bodyLimit: 1_048_576,
    genReqId: requestIdOf,
    // request.ip, which throttling counts by: the client behind the trusted proxies, else the socket's peer.
    trustProxy: runtime.trustedProxies?.length ? runtime.trustedProxies : false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(runtime), adapter, { logger, abortOnError: false });
  // Fastify hooks, so that they cover every route, those of modules added later included.
  const fastify = app.getHttpAdapter().getInstance();
  registerRequestLog(fastify, logger);
  registerHttpMetrics(fastify, runtime.metrics);
  await registerSecurityHeaders(app);
  registerInputScreen(fastify);
  await registerMultipart(app, runtime.attachments.limits);
  app.useGlobalPipes(createValidationPipe());
  setUpOpenApi(app);
  return app;
}

/**
 * The API's modules without HTTP (no server, routes, OpenAPI or web files): the command bus and the
 * services behind it, for a process that sends commands in-process (the demo generators). Booting the
 * HTTP side too cost the demo ~0.5 s of CPU a run, for routes no one called.
 */
export async function createApiContext(given: ApiRuntime, logLevel: 'error' | 'warn' | 'log' | 'debug' = 'log'): Promise<INestApplicationContext> {
  const runtime = await withAttachments(given);
  const logger = new QuietLogger({ logLevels: logLevelsUpTo(logLevel) });
  return NestFactory.createApplicationContext(ApiModule.forRoot(runtime), { logger, abortOnError: false });
}
