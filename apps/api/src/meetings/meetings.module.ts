import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { DirectivesModule } from '../directives/directives.module';
import { DocumentsModule } from '../documents/documents.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { ApproveConclusionRoute } from './approve-conclusion/approve-conclusion.route';
import { DraftConclusionRoute } from './draft-conclusion/draft-conclusion.route';
import { InitialConclusionRoute } from './initial-conclusion/initial-conclusion.route';
import { IssueConclusionHandler } from './issue-conclusion/issue-conclusion.handler';
import { IssueConclusionRoute } from './issue-conclusion/issue-conclusion.route';
import { RunMeetingStepHandler } from './meeting-step/meeting-step.handler';
import { MeetingSteps } from './meeting-step/meeting-steps';
import { MeetingStreams } from './meeting-streams';
import { MeetingReadsController } from './read/meeting-reads.controller';
import { RecordMeetingHandler } from './record-meeting/record-meeting.handler';
import { RecordMeetingRoute } from './record-meeting/record-meeting.route';
import { SignConclusionRoute } from './sign-conclusion/sign-conclusion.route';
import { SubmitConclusionRoute } from './submit-conclusion/submit-conclusion.route';

/**
 * Meetings and their conclusion notices (DOMAIN.md §8, QC Art. 9.1): record, draft, the presiding
 * leader's approval, then the signing path of documents; the issue takes its number from the
 * documents' allocator (the year's outgoing register) and registers the notice's tasks.
 */
@Module({
  imports: [CqrsModule, DocumentsModule, DirectivesModule, ReadModelsModule],
  controllers: [
    RecordMeetingRoute, DraftConclusionRoute, ApproveConclusionRoute, SubmitConclusionRoute, InitialConclusionRoute, SignConclusionRoute, IssueConclusionRoute,
    MeetingReadsController,
  ],
  providers: [CommandPipeline, MeetingStreams, MeetingSteps, RunMeetingStepHandler, RecordMeetingHandler, IssueConclusionHandler],
})
export class MeetingsModule {}
