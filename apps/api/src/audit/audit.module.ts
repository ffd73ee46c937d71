import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { OrganisationDirectory } from '@office/read-models';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../commands/request-context';
import { ComplianceQueries } from '../read-models/iso/compliance-queries';
import { ReadModelsModule } from '../read-models/read-models.module';
import { RegisterQueries } from '../read-models/registers/register-queries';
import { AccessLogController } from './access-log/access-log.controller';
import { AuditorReads, AuditorReadsInterceptor } from './access-log/auditor-reads.interceptor';
import { DigestScheduler } from './digests/digest-scheduler';
import { DigestsController } from './digests/digests.controller';
import type { BlobStore } from '@office/storage';
import { BLOB_STORE } from '../attachments/attachments-runtime';
import { EvidencePacks } from './evidence/evidence-pack';
import { EvidenceController } from './evidence/evidence.controller';
import { VerifyController } from './verification/verify.controller';

/**
 * Auditors and ISO secretaries: verification of the log, daily and on-demand digests, the access
 * log (and the recording of every auditor's read), evidence packs. The store, database, directory
 * and clock come from the global ApiModule; the projection positions, register and compliance queries from ReadModelsModule.
 */
@Module({
  controllers: [VerifyController, DigestsController, AccessLogController, EvidenceController],
  imports: [ReadModelsModule],
  providers: [
    DigestScheduler,
    AuditorReads,
    { provide: APP_INTERCEPTOR, useClass: AuditorReadsInterceptor },
    {
      provide: EvidencePacks,
      useFactory: (store: EventStore, dataSource: DataSource, directory: OrganisationDirectory, registers: RegisterQueries, compliance: ComplianceQueries, clock: Clock, files: BlobStore) =>
        new EvidencePacks({ store, dataSource, directory, registers, compliance, clock, files }),
      inject: [EVENT_STORE, DataSource, OrganisationDirectory, RegisterQueries, ComplianceQueries, CLOCK, BLOB_STORE],
    },
  ],
})
export class AuditModule {}
