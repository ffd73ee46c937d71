import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { EVENT_STORE } from '@office/event-store';
import { OrganisationDirectory } from '@office/read-models';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { ApiRuntime } from './api-runtime';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { HealthController } from './health/health.controller';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { MetricsController } from './metrics/metrics.controller';
import { OrgController } from './org/org.controller';

@Module({})
export class ApiModule {
  static forRoot(runtime: ApiRuntime): DynamicModule {
    return {
      module: ApiModule,
      imports: [CqrsModule.forRoot(), JwtModule.register({ secret: runtime.jwtSecret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } })],
      controllers: [AuthController, OrgController, HealthController, MetricsController],
      providers: [
        { provide: EVENT_STORE, useValue: runtime.eventStore },
        { provide: DataSource, useValue: runtime.dataSource },
        { provide: OrganisationDirectory, useValue: runtime.directory },
        { provide: Registry, useValue: runtime.metrics },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
