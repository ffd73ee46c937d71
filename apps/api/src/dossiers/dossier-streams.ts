import { Inject, Injectable } from '@nestjs/common';
import {
  canViewDossier, decideDossier, dossierStreamName, evolveDossier, initialDossierState, notFound, procedureStreamName,
  type DossierCommand, type DossierContext, type DossierEvent, type DossierState, type Organisation,
} from '@office/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@office/event-store';
import { OrganisationDirectory } from '@office/read-models';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type Fold, type HandledCommand } from '../commands/command-pipeline';
import { CalendarInForce } from '../calendar/calendar-in-force';
import { PROCEDURE_FOLD } from '../procedures/procedure-streams';

export const DOSSIER_FOLD: Fold<DossierState, DossierEvent> = { initialState: initialDossierState, evolve: evolveDossier };

export interface LoadedDossier {
  state: DossierState;
  events: RecordedEvent[];
}

/** Omit over each member of a union (a plain Omit would merge the commands into one shape). */
export type OmitEach<C, K extends PropertyKey> = C extends unknown ? Omit<C, K> : never;
/** A dossier command as a route maps it from the request: who and when come from the request's context. */
export type DossierCommandInput = OmitEach<DossierCommand, 'actor' | 'now'>;

/**
 * The dossiers' streams (`dossier-<id>`): every write goes through the pipeline with the dossiers'
 * decider; a dossier the caller may not see answers 404, as if it did not exist.
 */
@Injectable()
export class DossierStreams {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: OrganisationDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly calendars: CalendarInForce,
  ) {}

  /** One step that takes no number, decided by the dossiers' decider. */
  async run(input: DossierCommandInput, context: CommandContext): Promise<HandledCommand<DossierState, DossierEvent>> {
    const command = { ...input, actor: context.actor, now: context.now } as DossierCommand;
    const decisionContext = await this.decisionContext();
    return this.step(input.type, input.dossierId, context, decisionContext, (state) => decideDossier(command, state, decisionContext));
  }

  /**
   * A step that takes a register's number (a reception its day's sequence, an issue its outgoing
   * number): `decide` decides it, then awaits the number and stamps it (`stampDossierSequence`,
   * `stampResultNumber`), so the number is taken only once the step stands, and the pipeline
   * appends what was decided once.
   */
  numbered(step: 'receive' | 'issue', dossierId: string, context: CommandContext, decisionContext: DossierContext, decide: (state: DossierState) => Promise<DossierEvent[]>): Promise<HandledCommand<DossierState, DossierEvent>> {
    return this.step(step, dossierId, context, decisionContext, decide);
  }

  private step(
    step: DossierCommand['type'],
    dossierId: string,
    context: CommandContext,
    { organisation }: DossierContext,
    decide: (state: DossierState) => DossierEvent[] | Promise<DossierEvent[]>,
  ): Promise<HandledCommand<DossierState, DossierEvent>> {
    return this.pipeline.handle(dossierStreamName(dossierId), DOSSIER_FOLD, context, decide, {
      command: step,
      visible: step === 'receive' ? undefined : (state) => this.ensureVisible(dossierId, state, context, organisation),
    });
  }

  /** The dossier as the store holds it, for a caller allowed to see it (else 404). */
  async load(dossierId: string, context: Pick<CommandContext, 'actor'>): Promise<LoadedDossier> {
    const { state, events } = await this.pipeline.read(dossierStreamName(dossierId), DOSSIER_FOLD);
    this.ensureVisible(dossierId, state, context, await this.directory.organisation());
    return { state, events };
  }

  /**
   * The event this very request appended to `stream` before, when a retry carries its
   * Idempotency-Key: a numbered step answers from it instead of taking a second number. `events`
   * default to the stream's, read for the purpose (the request's own key names the stream).
   */
  async appliedBefore(stream: string, context: CommandContext, command: string, events?: readonly RecordedEvent[]): Promise<RecordedEvent | undefined> {
    if (!context.idempotencyKey) return undefined;
    return this.pipeline.appliedBefore(stream, events ?? (await this.store.readStream(stream)), context, command)?.[0];
  }

  /** The organisation and calendar, and the procedure a command names (receptions decide on its version in force). */
  async decisionContext(procedureCode?: string): Promise<DossierContext> {
    const [organisation, procedure] = await Promise.all([
      this.directory.organisation(),
      procedureCode ? this.pipeline.read(procedureStreamName(procedureCode), PROCEDURE_FOLD).then((read) => read.state) : Promise.resolve(null),
    ]);
    return { organisation, calendar: this.calendars.current(), procedure };
  }

  private ensureVisible(dossierId: string, state: DossierState, context: Pick<CommandContext, 'actor'>, organisation: Organisation): void {
    if (state.status === 'none' || !canViewDossier(state, context.actor, organisation)) throw notFound(`Không tìm thấy hồ sơ ${dossierId}`, 'id');
  }
}
