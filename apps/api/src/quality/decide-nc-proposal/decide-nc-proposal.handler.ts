import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  decideNcProposal, evolveNcProposal, initialNcProposalState, ncOfAcceptedProposal, ncProposalStreamName,
  type NcProposalCommand, type NcProposalEvent, type NcProposalState,
} from '@office/domain';
import { derivedUuid } from '@office/event-store';
import { NcProposalQueries } from '@office/read-models';
import { DataSource } from 'typeorm';
import type { CommandContext } from '../../commands/command-context';
import { CommandPipeline, type Fold } from '../../commands/command-pipeline';
import type { OmitEach } from '../../dossiers/dossier-streams';
import { QualityStreams } from '../quality-streams';

const NC_PROPOSAL_FOLD: Fold<NcProposalState, NcProposalEvent> = { initialState: initialNcProposalState, evolve: evolveNcProposal };

/** The secretary's decision as a route maps it: the key, the subject and the ids come from the handler. */
export type NcProposalDecision = OmitEach<NcProposalCommand, 'key' | 'subject' | 'actor' | 'now' | 'nonconformityId'>;

export class DecideNcProposal {
  constructor(
    readonly key: string,
    readonly decision: NcProposalDecision,
    readonly context: CommandContext,
  ) {}
}

export interface NcProposalDecided {
  /** The nonconformity raised (accepted), else the proposal's key. */
  id: string;
  key: string;
  revision: string;
}

/**
 * Chấp nhận / bỏ qua đề xuất (ISO secretary): the key must name a dossier or step late as of
 * today (404 otherwise); the decision goes on `nc-proposal-<key>`, then an accepted proposal
 * raises its nonconformity. The NC's id derives from the key, so a retry with the same
 * Idempotency-Key after a crash between the two writes raises it then, and never twice.
 */
@CommandHandler(DecideNcProposal)
export class DecideNcProposalHandler implements ICommandHandler<DecideNcProposal, NcProposalDecided> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly quality: QualityStreams,
    private readonly dataSource: DataSource,
  ) {}

  async execute({ key, decision, context }: DecideNcProposal): Promise<NcProposalDecided> {
    // Late as of the request's day, which the demo's clock sets too.
    const subject = await new NcProposalQueries(this.dataSource, () => new Date(context.now)).subject(key);
    const nonconformityId = derivedUuid('nonconformity', ncProposalStreamName(key));
    const command = { ...decision, key, subject, nonconformityId, actor: context.actor, now: context.now } as NcProposalCommand;
    const { state, revision } = await this.pipeline.handle(ncProposalStreamName(key), NC_PROPOSAL_FOLD, context, (s) => decideNcProposal(command, s), { command: command.type });
    const raise = ncOfAcceptedProposal(state, context.actor, context.now);
    if (!raise || decision.type !== 'accept') return { id: key, key, revision: revision.toString() };
    const { actor: _actor, now: _now, ...input } = raise;
    const raised = await this.quality.run({ kind: 'nonconformity', command: input }, context);
    return { id: raise.nonconformityId, key, revision: raised.toString() };
  }
}
