import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { ReadModelsModule } from '../read-models/read-models.module';
import { RunHandoverStepHandler } from './handover-step/handover-step.handler';
import { HandoverStepRoutes } from './handover-step/handover-step.routes';
import { HandoverSteps } from './handover-step/handover-steps';
import { HandoverStreams } from './handover-streams';
import { HandoverReadsController } from './read/handover-reads.controller';
import { ReassignItemHandler } from './reassign-item/reassign-item.handler';
import { ReassignItemRoute } from './reassign-item/reassign-item.route';
import { RecordDepartureHandler } from './record-departure/record-departure.handler';
import { RecordDepartureRoute } from './record-departure/record-departure.route';

/**
 * Staff hand-over on leaving a post (DOMAIN.md §9, `/api/handovers`): the departure, the list of
 * what the person holds, each item reassigned through its own context's step (the documents' and
 * dossiers' handlers, on the command bus) or handed over on paper, the two signatures, the release
 * and the printed record.
 */
@Module({
  imports: [CqrsModule, ReadModelsModule],
  controllers: [RecordDepartureRoute, ReassignItemRoute, HandoverStepRoutes, HandoverReadsController],
  providers: [CommandPipeline, HandoverStreams, HandoverSteps, RunHandoverStepHandler, RecordDepartureHandler, ReassignItemHandler],
})
export class HandoversModule {}
