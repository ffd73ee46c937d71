import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { DirectivesModule } from '../directives/directives.module';
import { DocumentsModule } from '../documents/documents.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { ConveneSessionHandler } from './convene-session/convene-session.handler';
import { ConveneSessionRoute } from './convene-session/convene-session.route';
import { DecideAbsenceRoute } from './decide-absence/decide-absence.route';
import { DistributePapersRoute } from './distribute-papers/distribute-papers.route';
import { RecordAttendanceRoute } from './record-attendance/record-attendance.route';
import { RecordMinutesRoute } from './record-minutes/record-minutes.route';
import { RegisterPaperHandler } from './register-paper/register-paper.handler';
import { RegisterPaperRoute } from './register-paper/register-paper.route';
import { ReportAbsenceRoute } from './report-absence/report-absence.route';
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
 * Meetings and their conclusion notices (DOMAIN.md §8, QC Art. 9.1): a session convened beforehand
 * (papers and their 3-day clock, absences, attendance, minutes) or a meeting recorded after the fact; draft, the presiding
 * leader's approval, then the signing path of documents; the issue takes its number from the
 * documents' allocator (the year's outgoing register) and registers the notice's tasks.
 */
@Module({
  imports: [CqrsModule, DocumentsModule, DirectivesModule, ReadModelsModule],
  controllers: [
    ConveneSessionRoute, RegisterPaperRoute, DistributePapersRoute, ReportAbsenceRoute, DecideAbsenceRoute, RecordAttendanceRoute, RecordMinutesRoute,
    RecordMeetingRoute, DraftConclusionRoute, ApproveConclusionRoute, SubmitConclusionRoute, InitialConclusionRoute, SignConclusionRoute, IssueConclusionRoute,
    MeetingReadsController,
  ],
  providers: [CommandPipeline, MeetingStreams, MeetingSteps, RunMeetingStepHandler, RecordMeetingHandler, IssueConclusionHandler, ConveneSessionHandler, RegisterPaperHandler],
})
export class MeetingsModule {}
