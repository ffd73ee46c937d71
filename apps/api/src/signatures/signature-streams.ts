import { Injectable } from '@nestjs/common';
import {
  decideSignatures, evolveSignatures, initialSignaturesState, signableDocumentOf, signatureStreamName,
  type RegisteredDocument, type SignableDocument, type SignatureCommand, type SignatureEvent, type SignaturesState,
} from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type Fold, type HandledCommand } from '../commands/command-pipeline';
import { DocumentRepository, type LoadedDocument } from '../documents/document-repository';
import { SignedFiles } from './signed-files';

export const SIGNATURES_FOLD: Fold<SignaturesState, SignatureEvent> = { initialState: initialSignaturesState, evolve: evolveSignatures };

/** What a route asks: the step and the attachment it names; the document's facts and the verified file are read here. */
export type SignatureRequest = { type: 'record'; kind: 'person' | 'organisation'; documentId: string; attachmentId: string } | { type: 'verify'; documentId: string; attachmentId: string };

/**
 * The signatures' streams (`signatures-<documentId>`), beside the document's own: the document is
 * read (404 to whoever may not see it), the file verified, and the decision appended through the
 * pipeline with the stream's expected revision and the Idempotency-Key.
 */
@Injectable()
export class SignatureStreams {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly documents: DocumentRepository,
    private readonly files: SignedFiles,
    private readonly directory: OrganisationDirectory,
  ) {}

  async run(request: SignatureRequest, context: CommandContext): Promise<HandledCommand<SignaturesState, SignatureEvent>> {
    const loaded = await this.documents.loadVisible(request.documentId, context);
    const document = await this.documentOf(loaded);
    const file = await this.files.verified(loaded.events, request.attachmentId);
    const { attachmentId: _named, ...step } = request;
    const command = { ...step, document, file, actor: context.actor, now: context.now } as SignatureCommand;
    return this.pipeline.handle(signatureStreamName(request.documentId), SIGNATURES_FOLD, context, (state) => decideSignatures(command, state), { command: request.type });
  }

  /** What the signatures' rules need of a document the caller may see (loadVisible: never `none`). */
  async documentOf(loaded: LoadedDocument): Promise<SignableDocument> {
    return signableDocumentOf(loaded.state as RegisteredDocument, await this.directory.organisation());
  }

  /** The stream folded from the store: exact, whatever the projector's lag. */
  async read(documentId: string): Promise<SignaturesState> {
    return (await this.pipeline.read(signatureStreamName(documentId), SIGNATURES_FOLD)).state;
  }
}
