import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { DocumentsModule } from '../documents/documents.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { CaseFileRoutes } from './case-file.routes';
import { DepositBatchRoutes } from './deposit-batch.routes';
import { ArchiveIntoCaseFileHandler } from './file-document/archive-into-case-file';
import { FilePlanRoutes } from './file-plan.routes';
import { RecordsPrintoutsController } from './read/records-printouts.controller';
import { RecordsReadsController } from './read/records-reads.controller';
import { RecordsSteps, RunRecordsStepHandler } from './records-step';
import { RecordsStreams } from './records-streams';
import { RetentionScheduleRoutes } from './retention-schedule.routes';

/**
 * Files and archives (DOMAIN.md §9, `/api/records/...`): the retention table, the yearly file plan,
 * case files, the June / December deposit batches and their printed records; and the archive step
 * of a document into a case file (`ArchiveIntoCaseFile`, sent by the document routes).
 */
@Module({
  imports: [CqrsModule, DocumentsModule, ReadModelsModule],
  controllers: [RetentionScheduleRoutes, FilePlanRoutes, CaseFileRoutes, DepositBatchRoutes, RecordsReadsController, RecordsPrintoutsController],
  providers: [CommandPipeline, RecordsStreams, RecordsSteps, RunRecordsStepHandler, ArchiveIntoCaseFileHandler],
})
export class RecordsModule {}
