import { Inject, Injectable } from '@nestjs/common';
import {
  decideHandover, evolveHandover, handoverStreamName, initialHandoverState, notFound,
  type HandoverCommand, type HandoverContext, type HandoverEvent, type HandoverState, type HeldItem, type RecordedHandover,
} from '@office/domain';
import { Holdings, OrganisationDirectory } from '@office/read-models';
import { DataSource } from 'typeorm';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type Fold, type HandledCommand } from '../commands/command-pipeline';
import { CLOCK, type Clock } from '../commands/request-context';
import type { OmitEach } from '../dossiers/dossier-streams';

export const HANDOVER_FOLD: Fold<HandoverState, HandoverEvent> = { initialState: initialHandoverState, evolve: evolveHandover };

/** A hand-over command as a route maps it: who and when come from the request, what the leaver holds from the read models. */
export type HandoverCommandInput = OmitEach<HandoverCommand, 'actor' | 'now' | 'held'>;

const NEEDS_HOLDINGS = new Set<HandoverCommand['type']>(['record', 'list', 'sign', 'release']);

/**
 * The hand-overs' streams (`handover-<id>`): every write goes through the pipeline with the
 * hand-over decider. Recording, listing, signing and release also read what the leaver holds now
 * (`Holdings`, the queues' own definitions) and hand it to the decider with the command.
 */
@Injectable()
export class HandoverStreams {
  private readonly holdings: Holdings;

  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: OrganisationDirectory,
    dataSource: DataSource,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.holdings = new Holdings(dataSource, clock);
  }

  async run(input: HandoverCommandInput, context: CommandContext): Promise<HandledCommand<HandoverState, HandoverEvent>> {
    const leaverId = input.type === 'record' ? input.userId : NEEDS_HOLDINGS.has(input.type) ? (await this.load(input.handoverId)).userId : null;
    const held = leaverId === null ? [] : await this.heldBy(leaverId);
    const command = { ...input, actor: context.actor, now: context.now, held } as HandoverCommand;
    const decisionContext = await this.decisionContext();
    return this.pipeline.handle(handoverStreamName(input.handoverId), HANDOVER_FOLD, context, (state) => decideHandover(command, state, decisionContext), {
      command: input.type,
      visible: input.type === 'record' ? undefined : (state) => void recorded(state, input.handoverId),
      // An item's outcome follows whatever else was recorded meanwhile: its own step has already moved it, so a lost race is decided again.
      retries: input.type === 'reassign' ? 3 : 0,
    });
  }

  /** The hand-over as the store holds it (exact, no read model): 404 when nothing was recorded. */
  async load(handoverId: string): Promise<RecordedHandover> {
    const { state } = await this.pipeline.read(handoverStreamName(handoverId), HANDOVER_FOLD);
    return recorded(state, handoverId);
  }

  /** What the person holds now; nothing for someone no longer in the directory. */
  async heldBy(userId: string): Promise<HeldItem[]> {
    const user = (await this.directory.organisation()).users.find((u) => u.id === userId);
    return user ? this.holdings.of({ id: user.id, roles: user.roles, departmentId: user.departmentId }) : [];
  }

  async decisionContext(): Promise<HandoverContext> {
    return { organisation: await this.directory.organisation() };
  }
}

function recorded(state: HandoverState, handoverId: string): RecordedHandover {
  if (state.status === 'none') throw notFound(`Không tìm thấy việc bàn giao ${handoverId}`, 'id');
  return state;
}
