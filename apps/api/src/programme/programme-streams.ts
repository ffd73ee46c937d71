import { Injectable } from '@nestjs/common';
import {
  decideProgramme, evolveProgramme, initialProgrammeState, notFound, programmeStreamName, type ProgrammeCommand, type ProgrammeContext, type ProgrammeEvent,
  type ProgrammeState,
} from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';
import { CalendarInForce } from '../calendar/calendar-in-force';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type Fold, type HandledCommand } from '../commands/command-pipeline';
import type { OmitEach } from '../dossiers/dossier-streams';

export const PROGRAMME_FOLD: Fold<ProgrammeState, ProgrammeEvent> = { initialState: initialProgrammeState, evolve: evolveProgramme };

/** A programme command as a route maps it from the request: who and when come from the request's context. */
export type ProgrammeCommandInput = OmitEach<ProgrammeCommand, 'actor' | 'now'>;

/** The programmes' streams (`programme-<period>`): every write goes through the pipeline with the programme's decider. */
@Injectable()
export class ProgrammeStreams {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: OrganisationDirectory,
    private readonly calendars: CalendarInForce,
  ) {}

  async run(input: ProgrammeCommandInput, context: CommandContext): Promise<HandledCommand<ProgrammeState, ProgrammeEvent>> {
    const command = { ...input, actor: context.actor, now: context.now } as ProgrammeCommand;
    const decisionContext: ProgrammeContext = { organisation: await this.directory.organisation(), calendar: this.calendars.current() };
    return this.pipeline.handle(programmeStreamName(input.period), PROGRAMME_FOLD, context, (state) => decideProgramme(command, state, decisionContext), {
      command: input.type,
      // A step on a programme nobody has proposed anything for is a 404, not the wrong state.
      visible: input.type === 'propose' ? undefined : (state) => {
        if (state.status === 'none') throw notFound(`Chưa có chương trình công tác ${input.period}`, 'period');
      },
    });
  }
}
