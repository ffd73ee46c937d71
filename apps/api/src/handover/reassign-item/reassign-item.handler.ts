import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideHandover } from '@office/domain';
import type { CommandContext } from '../../commands/command-context';
import type { HandoverStepResult } from '../handover-step/handover-step.handler';
import type { HandoverItemRequest } from '../handover-requests';
import { HandoverStreams } from '../handover-streams';
import { moveHeldItem } from '../move-held-item';

export class ReassignItemCommand {
  constructor(
    readonly handoverId: string,
    readonly key: string,
    readonly input: HandoverItemRequest,
    readonly context: CommandContext,
  ) {}
}

/**
 * Giao lại một mục: the hand-over's rules first (on the state as stored, so a refusal touches
 * nothing), then the item's own step — a document's reassignment (`assign`, by its head), a
 * dossier's transfer (by its holder) — whose rules and refusals stand as they are, then the
 * outcome on the hand-over. With an Idempotency-Key a retry after a crash between the two writes
 * replays the step (its event ids derive from the same key) and records the outcome.
 */
@CommandHandler(ReassignItemCommand)
export class ReassignItemHandler implements ICommandHandler<ReassignItemCommand, HandoverStepResult> {
  constructor(
    private readonly handovers: HandoverStreams,
    private readonly commands: CommandBus,
  ) {}

  async execute({ handoverId, key, input, context }: ReassignItemCommand): Promise<HandoverStepResult> {
    const state = await this.handovers.load(handoverId);
    const command = { type: 'reassign' as const, handoverId, key, ...input, actor: context.actor, now: context.now };
    const [outcome] = decideHandover(command, state, await this.handovers.decisionContext());
    const item = state.items.find((listed) => listed.key === key)!;
    if (outcome.type === 'HandoverItemReassigned') await moveHeldItem(this.commands, item, outcome.data.receiverId, outcome.data.reason, context);
    const { revision } = await this.handovers.run({ type: 'reassign', handoverId, key, ...input }, context);
    return { id: handoverId, revision: revision.toString() };
  }

}
