import { Injectable } from '@nestjs/common';
import {
  decideDelegation, delegationStreamName, evolveDelegation, initialDelegationState, notFound,
  type DelegationCommand, type DelegationEvent, type DelegationsContext, type DelegationState,
} from '@office/domain';
import { DelegationQueries, OrganisationDirectory } from '@office/read-models';
import { DataSource } from 'typeorm';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type Fold, type HandledCommand } from '../commands/command-pipeline';
import type { OmitEach } from '../dossiers/dossier-streams';

export const DELEGATION_FOLD: Fold<DelegationState, DelegationEvent> = { initialState: initialDelegationState, evolve: evolveDelegation };

/** A delegation command as a route maps it: who and when come from the request's context. */
export type DelegationCommandInput = OmitEach<DelegationCommand, 'actor' | 'now'>;

export interface DelegationStepResult {
  id: string;
  revision: string;
}

/** The delegations' streams (`delegation-<id>`): every write goes through the pipeline with the delegations' decider. */
@Injectable()
export class DelegationStreams {
  private readonly delegations: DelegationQueries;

  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: OrganisationDirectory,
    dataSource: DataSource,
  ) {
    this.delegations = new DelegationQueries(dataSource);
  }

  async run(input: DelegationCommandInput, context: CommandContext): Promise<HandledCommand<DelegationState, DelegationEvent>> {
    const command = { ...input, actor: context.actor, now: context.now } as DelegationCommand;
    const decisionContext: DelegationsContext = {
      organisation: await this.directory.organisation(),
      // What the grantor holds, read now: a TUQ. held may not be passed on (TUQ_REDELEGATION_FORBIDDEN).
      heldByGrantor: input.type === 'record' && typeof input.grantorId === 'string' ? await this.delegations.heldBy(input.grantorId) : [],
    };
    return this.pipeline.handle(delegationStreamName(input.delegationId), DELEGATION_FOLD, context, (state) => decideDelegation(command, state, decisionContext), {
      command: input.type,
      visible: input.type === 'record' ? undefined : (state) => {
        if (state.status === 'none') throw notFound(`Không tìm thấy ủy quyền ký ${input.delegationId}`, 'id');
      },
    });
  }
}
