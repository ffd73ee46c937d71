import { Injectable } from '@nestjs/common';
import { calendarYearStreamName, decideCalendarYear, type CalendarYearCommand, type CalendarYearEvent, type CalendarYearState } from '@office/domain';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type HandledCommand } from '../commands/command-pipeline';
import type { OmitEach } from '../dossiers/dossier-streams';
import { CalendarInForce } from './calendar-in-force';
import { CALENDAR_YEAR_FOLD } from './calendar-years';

/** A calendar command as a route maps it: who and when come from the request's context. */
export type CalendarCommandInput = OmitEach<CalendarYearCommand, 'actor' | 'now'>;

/** API.md's `201 {id, revision}`, the year being the stream's id (as a procedure's code is), and the year as a number. */
export interface CalendarStepResult {
  id: string;
  revision: string;
  year: number;
}

/** The years' streams (`calendar-year-<year>`): every write through the pipeline; an approval is in force in this process at once. */
@Injectable()
export class CalendarStreams {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly inForce: CalendarInForce,
  ) {}

  async run(input: CalendarCommandInput, context: CommandContext): Promise<HandledCommand<CalendarYearState, CalendarYearEvent>> {
    const command = { ...input, actor: context.actor, now: context.now } as CalendarYearCommand;
    const handled = await this.pipeline.handle(calendarYearStreamName(input.year), CALENDAR_YEAR_FOLD, context, (state) => decideCalendarYear(command, state), { command: input.type });
    // The approval is stored whatever happens next: a failed refresh is left to the next poll, never answered as a failed command.
    if (handled.events.some((e) => e.type === 'CalendarYearApproved')) await this.inForce.refresh().catch(() => undefined);
    return handled;
  }

  async step(input: CalendarCommandInput, context: CommandContext): Promise<CalendarStepResult> {
    const { revision } = await this.run(input, context);
    return { id: String(input.year), revision: revision.toString(), year: input.year };
  }
}
