import { createSecretKey } from 'node:crypto';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { EVENT_STORE } from '@office/event-store';
import { OrganisationDirectory } from '@office/read-models';
import { DEFAULT_PASSWORD_COST } from '@office/runtime/password';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { ApiRuntime } from './api-runtime';
import { AttachmentStoreModule } from './attachments/attachment-store.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuditModule } from './audit/audit.module';
import { AccessGuard } from './auth/access.guard';
import { ACCESS_CACHE_MS, ACCOUNT_STATUS_TTL_MS, AccountStatus } from './auth/account-status';
import { AdminModule } from './admin/admin.module';
import { AuthController } from './auth/auth.controller';
import { PasswordChecker } from './auth/password-checker';
import { CLOCK, PUBLIC_BASE_URL } from './commands/request-context';
import { WrittenPositionInterceptor } from './commands/written-position';
import { DocumentsModule } from './documents/documents.module';
import { DossiersModule } from './dossiers/dossiers.module';
import { DirectivesModule } from './directives/directives.module';
import { ExchangeModule } from './exchange/exchange.module';
import { SignaturesModule } from './signatures/signatures.module';
import { CalendarModule } from './calendar/calendar.module';
import { DelegationsModule } from './delegations/delegations.module';
import { AbsencesModule } from './absences/absences.module';
import { MeetingsModule } from './meetings/meetings.module';
import { HandoversModule } from './handover/handovers.module';
import { MeModule } from './me/me.module';
import { OnestopReadsModule } from './dossiers/read/onestop-reads.module';
import { OnestopReportsModule } from './onestop/onestop-reports.module';
import { HealthController } from './health/health.controller';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { RateLimiter, RateLimitGuard } from './http/rate-limit';
import { countedEventStore } from './metrics/counted-event-store';
import { MetricsController } from './metrics/metrics.controller';
import { ProjectionMetrics } from './metrics/projection-metrics';
import { OrgController } from './org/org.controller';
import { ProceduresModule } from './procedures/procedures.module';
import { QualityModule } from './quality/quality.module';
import { RecordsModule } from './records/records.module';
import { ReadModelsModule } from './read-models/read-models.module';
import { WebModule } from './web/web.module';
import { ScheduleModule } from './schedule/schedule.module';
import { ProgrammeModule } from './programme/programme.module';

@Module({})
export class ApiModule {
  static forRoot(runtime: ApiRuntime): DynamicModule {
    // Global, so that feature modules (documents, read models) receive the runtime's store, database and clock.
    return {
      module: ApiModule,
      global: true,
      imports: [CqrsModule.forRoot(), CalendarModule, DocumentsModule, ReadModelsModule, OnestopReadsModule, OnestopReportsModule, ProceduresModule, DossiersModule, DirectivesModule, DelegationsModule, AbsencesModule, MeetingsModule, HandoversModule, MeModule, QualityModule, RecordsModule, AuditModule, WebModule, AdminModule, ...attachmentModules(runtime), SignaturesModule, ScheduleModule, ProgrammeModule, ExchangeModule.forRoot(runtime.exchange), JwtModule.register({ secret: hmacKey(runtime.jwtSecret), signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } })],
      controllers: [AuthController, OrgController, HealthController, MetricsController],
      providers: [
        { provide: EVENT_STORE, useValue: countedEventStore(runtime.eventStore, runtime.metrics) },
        { provide: DataSource, useValue: runtime.dataSource },
        { provide: OrganisationDirectory, useValue: runtime.directory },
        { provide: Registry, useValue: runtime.metrics },
        { provide: CLOCK, useValue: runtime.clock ?? (() => new Date()) },
        { provide: PUBLIC_BASE_URL, useValue: runtime.publicBaseUrl ?? null },
        ProjectionMetrics,
        AccountStatus,
        { provide: ACCESS_CACHE_MS, useValue: runtime.accessCacheMs ?? ACCOUNT_STATUS_TTL_MS },
        { provide: APP_GUARD, useClass: AccessGuard },
        RateLimiter,
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: PasswordChecker, inject: [OrganisationDirectory, DataSource], useFactory: (directory: OrganisationDirectory, dataSource: DataSource) => new PasswordChecker(directory, dataSource, runtime.passwordCost ?? DEFAULT_PASSWORD_COST) },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        // After the Idempotency-Key's: a replayed answer is the stored one, its `position` included.
        { provide: APP_INTERCEPTOR, useClass: WrittenPositionInterceptor },
      ],
      exports: [EVENT_STORE, DataSource, OrganisationDirectory, Registry, CLOCK, PUBLIC_BASE_URL, RateLimiter, AccountStatus, PasswordChecker],
    };
  }
}

/** The attachment store is opened before the modules are built (createApi does it when the launcher did not). */
function attachmentModules(runtime: ApiRuntime) {
  if (!runtime.attachments) throw new Error('ApiRuntime.attachments is missing: build the API with createApi, which opens the attachment store');
  return [AttachmentStoreModule.forRoot(runtime.attachments), AttachmentsModule];
}

/**
 * A KeyObject, not a string: given a string, jsonwebtoken first tries to parse it as a public key
 * and fails with an exception on every request (15 % of the API's CPU under load, measured).
 */
function hmacKey(secret: string) {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}
