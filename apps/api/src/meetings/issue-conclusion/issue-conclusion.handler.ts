import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  decideConclusionIssue, draftedDirectives, noticeTasks, outgoingSeriesKey, stampConclusionNumber, wrongState, type ConclusionNoticeIssued, type MeetingState,
} from '@office/domain';
import { derivedUuid } from '@office/event-store';
import type { CommandContext } from '../../commands/command-context';
import { NumberAllocator } from '../../documents/numbering/number-allocator';
import { DirectiveStreams } from '../../directives/directive-streams';
import { MeetingStreams } from '../meeting-streams';
import type { IssueConclusionRequest } from './issue-conclusion.request';

export class IssueConclusionCommand {
  constructor(
    readonly meetingId: string,
    readonly input: IssueConclusionRequest,
    readonly context: CommandContext,
  ) {}
}

export interface ConclusionIssuedAnswer {
  id: string;
  revision: string;
  outgoingNumber: number;
  symbol: string;
  /** The tasks the notice gave, in the order of its directives. */
  directiveIds: string[];
}

/**
 * Phát hành thông báo kết luận (clerk): decided once, through the pipeline, on the meeting as it
 * stands; only then does the notice take the year's next outgoing number in the register shared
 * with documents and dossier results, stamped on the decision with its symbol (a refusal takes
 * none), then each directive is registered as a task. Task ids derive from the meeting, so
 * registering them again (a retry with the same Idempotency-Key, after a crash between the two
 * writes) appends nothing twice.
 */
@CommandHandler(IssueConclusionCommand)
export class IssueConclusionHandler implements ICommandHandler<IssueConclusionCommand, ConclusionIssuedAnswer> {
  constructor(
    private readonly meetings: MeetingStreams,
    private readonly directives: DirectiveStreams,
    private readonly numbers: NumberAllocator,
  ) {}

  async execute({ meetingId, input, context }: IssueConclusionCommand): Promise<ConclusionIssuedAnswer> {
    const loaded = await this.meetings.load(meetingId);
    const earlier = this.meetings.appliedBefore(meetingId, context, 'issue', loaded.events);
    if (earlier?.type === 'ConclusionNoticeIssued') return this.withTasks(loaded.state, earlier.revision, earlier.data as ConclusionNoticeIssued['data'], meetingId, context);

    const directiveIds = draftedDirectives(loaded.state).map((_directive, i) => derivedUuid('directive', meetingId, String(i)));
    const issue = { ...input, type: 'issue' as const, meetingId, directiveIds, actor: context.actor, now: context.now };
    // A conclusion notice is never confidential: it goes in the year's normal outgoing series.
    const { state, revision, events } = await this.numbers.afterDecision(outgoingSeriesKey('normal', context.now), meetingId, context, async (take) => {
      const result = await this.meetings.numbered('issue', meetingId, context, async (before, decisionContext) => [
        stampConclusionNumber(decideConclusionIssue(issue, before, decisionContext), await take()),
      ]);
      // Nothing appended: a twin of this request (same Idempotency-Key) won the race, and no number was taken.
      if (result.events.length === 0) throw wrongState('Yêu cầu phát hành này đang được xử lý; hãy gửi lại để nhận kết quả', 'REQUEST_IN_FLIGHT');
      return result;
    });
    return this.withTasks(state, revision, events[0].data as ConclusionNoticeIssued['data'], meetingId, context);
  }

  /** Registers the issued notice's tasks (those already there are left as they are) and answers the issue. */
  private async withTasks(state: MeetingState, revision: bigint, issued: ConclusionNoticeIssued['data'], meetingId: string, context: CommandContext): Promise<ConclusionIssuedAnswer> {
    for (const task of noticeTasks(state, context.actor, context.now)) await this.directives.run(task, context);
    return { id: meetingId, revision: revision.toString(), outgoingNumber: issued.outgoingNumber, symbol: issued.symbol, directiveIds: issued.directiveIds };
  }
}
