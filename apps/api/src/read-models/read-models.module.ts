import { Module } from '@nestjs/common';
import { AccessRecorder } from '../documents/access-recorder';
import { DocumentQueries } from './documents/document-queries';
import { DocumentSummariesController } from './documents/document-summaries.controller';
import { ComplianceQueries } from './iso/compliance-queries';
import { ComplianceController } from './iso/compliance.controller';
import { ProjectionPositions } from './projection-positions';
import { RegisterQueries } from './registers/register-queries';
import { RegistersController } from './registers/registers.controller';
import { BriefingQueries } from './stats/briefing-queries';
import { BriefingController } from './stats/briefing.controller';

/**
 * Reads from the projected read models: document summaries, lists and queues, registers,
 * briefing statistics and ISO compliance. Every answer says `projectedPosition` and honours
 * `?minPosition=`. The store, database, directory and clock come from the global ApiModule.
 */
@Module({
  controllers: [DocumentSummariesController, RegistersController, BriefingController, ComplianceController],
  providers: [ProjectionPositions, DocumentQueries, RegisterQueries, BriefingQueries, ComplianceQueries, AccessRecorder],
  exports: [ProjectionPositions, RegisterQueries, ComplianceQueries],
})
export class ReadModelsModule {}
