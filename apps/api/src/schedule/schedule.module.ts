import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { CancelScheduleEntryRoute } from './cancel-entry/cancel-entry.route';
import { DraftScheduleEntryHandler } from './draft-entry/draft-entry.handler';
import { DraftScheduleEntryRoute } from './draft-entry/draft-entry.route';
import { PublishScheduleWeekRoute } from './publish-week/publish-week.route';
import { ScheduleReadsModule } from './read/schedule-reads.module';
import { ReviseScheduleEntryRoute } from './revise-entry/revise-entry.route';
import { RunScheduleStepHandler } from './schedule-step/schedule-step.handler';
import { ScheduleSteps } from './schedule-step/schedule-steps';
import { ScheduleStreams } from './schedule-streams';

/**
 * The leaders' weekly schedule (DOMAIN.md §12): the week's writes (`POST /api/schedule/weeks/:week/…`)
 * and, in ./read, the staff's week, the public week and the leaders' iCalendar feeds.
 */
@Module({
  imports: [CqrsModule, ScheduleReadsModule],
  controllers: [DraftScheduleEntryRoute, ReviseScheduleEntryRoute, CancelScheduleEntryRoute, PublishScheduleWeekRoute],
  providers: [CommandPipeline, ScheduleStreams, ScheduleSteps, RunScheduleStepHandler, DraftScheduleEntryHandler],
})
export class ScheduleModule {}
