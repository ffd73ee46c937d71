import { Injectable } from '@nestjs/common';
import {
  decideDirective, directiveStreamName, evolveDirective, initialDirectiveState, notFound,
  type DirectiveCommand, type DirectiveEvent, type DirectivesContext, type DirectiveState,
} from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type Fold, type HandledCommand } from '../commands/command-pipeline';
import { CalendarInForce } from '../calendar/calendar-in-force';
import type { OmitEach } from '../dossiers/dossier-streams';

export const DIRECTIVE_FOLD: Fold<DirectiveState, DirectiveEvent> = { initialState: initialDirectiveState, evolve: evolveDirective };

/** A task command as a route maps it from the request: who and when come from the request's context. */
export type DirectiveCommandInput = OmitEach<DirectiveCommand, 'actor' | 'now'>;

/** The tasks' streams (`directive-<id>`): every write goes through the pipeline with the directives' decider. */
@Injectable()
export class DirectiveStreams {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: OrganisationDirectory,
    private readonly calendars: CalendarInForce,
  ) {}

  async run(input: DirectiveCommandInput, context: CommandContext): Promise<HandledCommand<DirectiveState, DirectiveEvent>> {
    const command = { ...input, actor: context.actor, now: context.now } as DirectiveCommand;
    const decisionContext = await this.decisionContext();
    return this.pipeline.handle(directiveStreamName(input.directiveId), DIRECTIVE_FOLD, context, (state) => decideDirective(command, state, decisionContext), {
      command: input.type,
      // A step on a task that does not exist is a 404, not the wrong state.
      visible: input.type === 'register' ? undefined : (state) => {
        if (state.status === 'none') throw notFound(`Không tìm thấy nhiệm vụ ${input.directiveId}`, 'id');
      },
    });
  }

  async decisionContext(): Promise<DirectivesContext> {
    return { organisation: await this.directory.organisation(), calendar: this.calendars.current() };
  }
}
