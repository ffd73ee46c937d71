import { createSecretKey } from 'node:crypto';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { EVENT_STORE } from '@office/event-store';
import { OrganisationDirectory } from '@office/read-models';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { ApiRuntime } from './api-runtime';
import { AuditModule } from './audit/audit.module';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { CLOCK } from './commands/request-context';
import { DocumentsModule } from './documents/documents.module';
import { HealthController } from './health/health.controller';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { MetricsController } from './metrics/metrics.controller';
import { ProjectionMetrics } from './metrics/projection-metrics';
import { OrgController } from './org/org.controller';
import { ReadModelsModule } from './read-models/read-models.module';
import { WebModule } from './web/web.module';

@Module({})
export class ApiModule {
  static forRoot(runtime: ApiRuntime): DynamicModule {
    // Global, so that feature modules (documents, read models) receive the runtime's store, database and clock.
    return {
      module: ApiModule,
      global: true,
      imports: [CqrsModule.forRoot(), DocumentsModule, ReadModelsModule, AuditModule, WebModule, JwtModule.register({ secret: hmacKey(runtime.jwtSecret), signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } })],
      controllers: [AuthController, OrgController, HealthController, MetricsController],
      providers: [
        { provide: EVENT_STORE, useValue: runtime.eventStore },
        { provide: DataSource, useValue: runtime.dataSource },
        { provide: OrganisationDirectory, useValue: runtime.directory },
        { provide: Registry, useValue: runtime.metrics },
        { provide: CLOCK, useValue: runtime.clock ?? (() => new Date()) },
        ProjectionMetrics,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [EVENT_STORE, DataSource, OrganisationDirectory, Registry, CLOCK],
    };
  }
}

/**
 * A KeyObject, not a string: given a string, jsonwebtoken first tries to parse it as a public key
 * and fails with an exception on every request (15 % of the API's CPU under load, measured).
 */
function hmacKey(secret: string) {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}
