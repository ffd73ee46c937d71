import { Injectable } from '@nestjs/common';
import {
  canView, decideDocument, documentStreamName, evolveDocument, initialDocumentState, notFound,
  type CommandName, type DocumentCommand, type DocumentContext, type DocumentEvent, type DocumentState,
} from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import { DelegationQueries, DocumentVisibility, OrganisationDirectory } from '@office/read-models';
import { DataSource } from 'typeorm';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type Fold, type HandledCommand } from '../commands/command-pipeline';
import { CalendarInForce } from '../calendar/calendar-in-force';
import type { OmitEach } from '../dossiers/dossier-streams';
import { InternalProcessInForce } from '../procedures/internal-processes/internal-process-in-force';

export const DOCUMENT_FOLD: Fold<DocumentState, DocumentEvent> = { initialState: initialDocumentState, evolve: evolveDocument };

/** A document command as a route maps it from the request: who and when come from the request's context. */
export type DocumentCommandInput = OmitEach<DocumentCommand, 'actor' | 'now'>;

export interface LoadedDocument {
  id: string;
  state: DocumentState;
  /** Last revision of the stream, or null when it does not exist. */
  revision: bigint | null;
  events: RecordedEvent[];
}

/**
 * The documents' streams (`document-<id>`): every write goes through the pipeline with the
 * documents' decider (state remembered or read, fold, decide, append with the exact expected
 * revision, Idempotency-Key replay, one envelope); a document the caller may not see answers 404,
 * so that a confidential one does not even show it exists.
 */
@Injectable()
export class DocumentStreams {
  private readonly delegations: DelegationQueries;
  private readonly visibility: DocumentVisibility;

  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: OrganisationDirectory,
    private readonly calendars: CalendarInForce,
    dataSource: DataSource,
    private readonly processes: InternalProcessInForce,
  ) {
    this.delegations = new DelegationQueries(dataSource);
    this.visibility = new DocumentVisibility(dataSource);
  }

  /**
   * One command on an existing document. The sign step weighs the delegations the signer holds,
   * read now (DOMAIN.md §10): the decider judges which stand at `now`, and a deputy under one may
   * see the confidential document awaiting its grantor.
   */
  run(input: DocumentCommandInput, context: CommandContext): Promise<HandledCommand<DocumentState, DocumentEvent>> {
    const command = { ...input, actor: context.actor, now: context.now } as DocumentCommand;
    return this.step(input.type, input.documentId, context, (state, decisionContext) => decideDocument(command, state, decisionContext));
  }

  /**
   * A step that takes a register's number (registration, a new document; issue): `decide` decides
   * it, then awaits the number and stamps it (`stampIncomingNumber`, `stampOutgoingNumber`), so
   * the number is taken only once the step stands, and the pipeline appends what was decided once.
   */
  numbered(step: 'receive' | 'issue', documentId: string, context: CommandContext, decide: (state: DocumentState, decisionContext: DocumentContext) => Promise<DocumentEvent[]>): Promise<HandledCommand<DocumentState, DocumentEvent>> {
    return this.step(step, documentId, context, decide);
  }

  private async step(
    step: CommandName,
    documentId: string,
    context: CommandContext,
    decide: (state: DocumentState, decisionContext: DocumentContext) => DocumentEvent[] | Promise<DocumentEvent[]>,
  ): Promise<HandledCommand<DocumentState, DocumentEvent>> {
    const delegations = step === 'sign' ? await this.delegations.heldBy(context.actor.userId) : [];
    // A registration takes the limits of the QT-VB-01 version in force that day, for good (DOMAIN.md §3, §7).
    const process = step === 'receive' ? await this.processes.documentProcessAt(context.now) : undefined;
    const decisionContext: DocumentContext = { ...(await this.decisionContext()), delegations, ...(process ? { process } : {}) };
    const signing = { delegations, now: context.now };
    return this.pipeline.handle(documentStreamName(documentId), DOCUMENT_FOLD, context, (state) => decide(state, decisionContext), {
      command: step,
      // A registration makes a new document (a fresh id): no read before its append (CommandOptions.creates).
      creates: step === 'receive',
      visible: step === 'receive' ? undefined : (state) => {
        if (state.status === 'none' || !canView(state, context.actor, decisionContext.organisation, signing)) throw notFound(`Không tìm thấy văn bản ${documentId}`, 'id');
      },
    });
  }

  /**
   * A decision on a document by a decider beside the documents' own (attaching a file; `command`
   * names it for the Idempotency-Key): the same pipeline, stream, expected revision and replay as
   * the steps of `run`. That decider answers 404 itself for a document the caller may not see.
   */
  async decideOn(
    documentId: string,
    command: string,
    context: CommandContext,
    decide: (state: DocumentState, decisionContext: DocumentContext) => DocumentEvent[],
  ): Promise<HandledCommand<DocumentState, DocumentEvent>> {
    const decisionContext = await this.decisionContext();
    return this.pipeline.handle(documentStreamName(documentId), DOCUMENT_FOLD, context, (state) => decide(state, decisionContext), { command });
  }

  /** The stream as stored (no cache): reads that must be exact, and the number-taking steps' first look. */
  async load(documentId: string): Promise<LoadedDocument> {
    return { id: documentId, ...(await this.pipeline.read(documentStreamName(documentId), DOCUMENT_FOLD)) };
  }

  /** A document the actor may see; anything else is 404. */
  async loadVisible(documentId: string, context: Pick<CommandContext, 'actor' | 'now'>): Promise<LoadedDocument> {
    const loaded = await this.load(documentId);
    const { organisation } = await this.decisionContext();
    if (loaded.state.status === 'none' || !(await this.visibility.canView(loaded.state, context.actor, organisation, context.now))) {
      throw notFound(`Không tìm thấy văn bản ${documentId}`, 'id');
    }
    return loaded;
  }

  /** The document as this process last wrote or read it, if it did: what never changes after registration is current, the rest may not be. */
  remembered(documentId: string): DocumentState | undefined {
    return this.pipeline.remembered<DocumentState>(documentStreamName(documentId));
  }

  async decisionContext(): Promise<DocumentContext> {
    return { organisation: await this.directory.organisation(), calendar: this.calendars.current() };
  }
}
