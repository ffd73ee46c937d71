import { Inject, Injectable } from '@nestjs/common';
import {
  decideIncomingPackage, decideOutgoingPackage, evolveIncomingPackage, evolveOutgoingPackage, incomingPackageStream, initialIncomingPackageState,
  initialOutgoingPackageState, notFound, outgoingPackageStream,
  type ExchangeContext, type IncomingPackageCommand, type IncomingPackageEvent, type IncomingPackageState, type OutgoingPackageCommand, type OutgoingPackageEvent,
  type OutgoingPackageState,
} from '@office/domain';
import { calendarInForce } from '@office/read-models';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type Fold, type HandledCommand } from '../commands/command-pipeline';
import type { OmitEach } from '../dossiers/dossier-streams';
import { EXCHANGE, requireExchange, type ExchangeRuntime } from './exchange-runtime';

const OUTGOING: Fold<OutgoingPackageState, OutgoingPackageEvent> = { initialState: initialOutgoingPackageState, evolve: evolveOutgoingPackage };
const INCOMING: Fold<IncomingPackageState, IncomingPackageEvent> = { initialState: initialIncomingPackageState, evolve: evolveIncomingPackage };

export type OutgoingInput = OmitEach<OutgoingPackageCommand, 'actor' | 'now'>;
export type IncomingInput = OmitEach<IncomingPackageCommand, 'actor' | 'now'>;

/** The packages' streams (`exchange-out-<id>`, `exchange-in-<id>`): every write goes through the pipeline with the exchange's deciders. */
@Injectable()
export class ExchangeStreams {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EXCHANGE) private readonly runtime: ExchangeRuntime | null,
  ) {}

  async outgoing(packageId: string, input: OutgoingInput, context: CommandContext): Promise<HandledCommand<OutgoingPackageState, OutgoingPackageEvent>> {
    const command = { ...input, actor: context.actor, now: context.now } as OutgoingPackageCommand;
    const decisionContext = await this.decisionContext();
    return this.pipeline.handle(outgoingPackageStream(packageId), OUTGOING, context, (state) => decideOutgoingPackage(command, state, decisionContext), {
      command: input.type,
      visible: input.type === 'send' ? undefined : (state) => {
        if (state.status === 'none') throw notFound(`Không tìm thấy gói tin đã gửi ${packageId}`, 'id');
      },
    });
  }

  /**
   * `retries`: how often a conflict on the stream is decided again on what the other writer left (the claim's: once);
   * `after`: the commands the same request wrote on the stream before, under the same Idempotency-Key (the record's claim).
   */
  async incoming(packageId: string, input: IncomingInput, context: CommandContext, { retries = 0, after = [] as readonly string[] } = {}): Promise<HandledCommand<IncomingPackageState, IncomingPackageEvent>> {
    const command = { ...input, actor: context.actor, now: context.now } as IncomingPackageCommand;
    const decisionContext = await this.decisionContext();
    const arrival = input.type === 'receive' || input.type === 'reject';
    return this.pipeline.handle(incomingPackageStream(packageId), INCOMING, context, (state) => decideIncomingPackage(command, state, decisionContext), {
      command: input.type,
      visible: arrival ? undefined : (state) => {
        if (state.status === 'none') throw notFound(`Không tìm thấy gói tin đến ${packageId}`, 'id');
      },
      retries,
      after,
    });
  }

  /** A received package as it stands (read from the store, exact). */
  async incomingState(packageId: string): Promise<IncomingPackageState> {
    return (await this.pipeline.read(incomingPackageStream(packageId), INCOMING)).state;
  }

  async outgoingState(packageId: string): Promise<OutgoingPackageState> {
    return (await this.pipeline.read(outgoingPackageStream(packageId), OUTGOING)).state;
  }

  async decisionContext(): Promise<ExchangeContext> {
    const { exchange } = requireExchange(this.runtime);
    return { self: exchange.self, agencies: await exchange.agencies(), calendar: calendarInForce() };
  }
}
