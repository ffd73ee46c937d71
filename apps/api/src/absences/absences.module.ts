import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { ReadModelsModule } from '../read-models/read-models.module';
import { AbsenceSteps, RunAbsenceStepHandler } from './absence-step/absence-step.handler';
import { AbsenceStepRoutes } from './absence-step/absence-step.routes';
import { AbsenceStreams } from './absence-streams';
import { AbsenceReadsController } from './read/absence-reads.controller';
import { ReassignWaitingHandler } from './reassign-waiting/reassign-waiting.handler';
import { ReassignWaitingRoute } from './reassign-waiting/reassign-waiting.route';
import { RequestAbsenceHandler } from './request-absence/request-absence.handler';
import { RequestAbsenceRoute } from './request-absence/request-absence.route';

/**
 * Absences (nghỉ phép, công tác; QC Art. 16, DOMAIN.md §12, `/api/absences`): requests and the
 * approval chain, the Office's record of a leader's absence, the month's calendar, who is away
 * today with their waiting work (reassigned through the documents' and dossiers' own steps, on the
 * command bus), and the KT. delegation proposed for a leader away more than one working day.
 */
@Module({
  imports: [CqrsModule, ReadModelsModule],
  controllers: [RequestAbsenceRoute, AbsenceStepRoutes, ReassignWaitingRoute, AbsenceReadsController],
  providers: [CommandPipeline, AbsenceStreams, AbsenceSteps, RunAbsenceStepHandler, RequestAbsenceHandler, ReassignWaitingHandler],
})
export class AbsencesModule {}
