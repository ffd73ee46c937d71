import { Injectable } from '@nestjs/common';
import {
  decideScheduleWeek, evolveScheduleWeek, initialScheduleWeekState, scheduleStreamName,
  type ScheduleCommand, type ScheduleContext, type ScheduleEvent, type ScheduleWeekState,
} from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type Fold, type HandledCommand } from '../commands/command-pipeline';
import type { OmitEach } from '../dossiers/dossier-streams';

export const SCHEDULE_FOLD: Fold<ScheduleWeekState, ScheduleEvent> = { initialState: initialScheduleWeekState, evolve: evolveScheduleWeek };

/** A schedule command as a route maps it from the request: who and when come from the request's context. */
export type ScheduleCommandInput = OmitEach<ScheduleCommand, 'actor' | 'now'>;

/**
 * A lost race on the week's stream is decided again on the fresh week this many times: the
 * decider itself refuses an edit of an entry that changed meanwhile (ENTRY_CHANGED_MEANWHILE, its
 * `entryVersion`), so an edit of another entry of the same week need not fail (schedule.events.ts).
 */
const RETRIES_ON_OTHER_ENTRIES = 3;

/** The weeks' streams (`schedule-week-<week>`): every write goes through the pipeline with the schedule's decider. */
@Injectable()
export class ScheduleStreams {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: OrganisationDirectory,
  ) {}

  async run(input: ScheduleCommandInput, context: CommandContext): Promise<HandledCommand<ScheduleWeekState, ScheduleEvent>> {
    const command = { ...input, actor: context.actor, now: context.now } as ScheduleCommand;
    const decisionContext: ScheduleContext = { organisation: await this.directory.organisation() };
    return this.pipeline.handle(scheduleStreamName(input.week), SCHEDULE_FOLD, context, (state) => decideScheduleWeek(command, state, decisionContext), {
      command: input.type,
      retries: RETRIES_ON_OTHER_ENTRIES,
    });
  }
}
