import { Injectable } from '@nestjs/common';
import {
  decideMeeting, evolveMeeting, initialMeetingState, meetingStreamName, notFound,
  type DirectivesContext, type MeetingCommand, type MeetingEvent, type MeetingState,
} from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type Fold, type HandledCommand } from '../commands/command-pipeline';
import { DirectiveStreams } from '../directives/directive-streams';
import type { OmitEach } from '../dossiers/dossier-streams';

export const MEETING_FOLD: Fold<MeetingState, MeetingEvent> = { initialState: initialMeetingState, evolve: evolveMeeting };

/** A meeting command as a route maps it from the request: who and when come from the request's context. */
export type MeetingCommandInput = OmitEach<MeetingCommand, 'actor' | 'now'>;

/**
 * The meetings' streams (`meeting-<id>`): every write goes through the pipeline with the meetings'
 * decider, on the same organisation and calendar as the tasks the notice gives.
 */
@Injectable()
export class MeetingStreams {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directives: DirectiveStreams,
  ) {}

  /** One step that takes no number, decided by the meetings' decider. */
  run(input: MeetingCommandInput, context: CommandContext): Promise<HandledCommand<MeetingState, MeetingEvent>> {
    const command = { ...input, actor: context.actor, now: context.now } as MeetingCommand;
    return this.step(input.type, input.meetingId, context, (state, decisionContext) => decideMeeting(command, state, decisionContext));
  }

  /**
   * The notice's issue, which takes the outgoing register's number: `decide` decides it, then
   * awaits the number and stamps it (`stampConclusionNumber`), so the number is taken only once
   * the issue stands, and the pipeline appends what was decided once.
   */
  numbered(step: 'issue', meetingId: string, context: CommandContext, decide: (state: MeetingState, decisionContext: DirectivesContext) => Promise<MeetingEvent[]>): Promise<HandledCommand<MeetingState, MeetingEvent>> {
    return this.step(step, meetingId, context, decide);
  }

  private async step(
    step: MeetingCommand['type'],
    meetingId: string,
    context: CommandContext,
    decide: (state: MeetingState, decisionContext: DirectivesContext) => MeetingEvent[] | Promise<MeetingEvent[]>,
  ): Promise<HandledCommand<MeetingState, MeetingEvent>> {
    const decisionContext = await this.directives.decisionContext();
    return this.pipeline.handle(meetingStreamName(meetingId), MEETING_FOLD, context, (state) => decide(state, decisionContext), {
      command: step,
      visible: step === 'record' || step === 'convene' ? undefined : (state) => ensureExists(meetingId, state),
    });
  }

  /** The meeting as the store holds it (404 when there is none). */
  async load(meetingId: string): Promise<{ state: MeetingState; events: RecordedEvent[] }> {
    const { state, events } = await this.pipeline.read(meetingStreamName(meetingId), MEETING_FOLD);
    ensureExists(meetingId, state);
    return { state, events };
  }

  /** The event this very request (its Idempotency-Key) appended to the meeting before: a numbered step answers from it. */
  appliedBefore(meetingId: string, context: CommandContext, command: string, events: readonly RecordedEvent[]): RecordedEvent | undefined {
    return this.pipeline.appliedBefore(meetingStreamName(meetingId), events, context, command)?.[0];
  }
}

function ensureExists(meetingId: string, state: MeetingState): void {
  if (state.status === 'none') throw notFound(`Không tìm thấy cuộc họp ${meetingId}`, 'id');
}
