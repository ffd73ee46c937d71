import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { decideDocumentAttachment, type DocumentFilePurpose, type RegisteredDocument, type StoredFileInput } from '@office/domain';
import { derivedUuid } from '@office/event-store';
import type { CommandContext } from '../../commands/command-context';
import { DocumentRepository } from '../../documents/document-repository';
import { contentUrlOf, type AttachmentView } from '../read/attachment-views';
import { StoredFiles, type FileToAttach } from '../stored-files';

export interface DocumentFileAttachedResult extends AttachmentView {
  id: string;
  revision: string;
}

/** The attachment's id: derived from the Idempotency-Key when there is one, so a retry names the same attachment. */
export function attachmentIdFor(context: CommandContext, index = 0): string {
  return context.idempotencyKey ? derivedUuid(context.actor.userId, context.idempotencyKey, 'attachment', String(index)) : randomUUID();
}

/**
 * Đính kèm tệp vào văn bản: the bytes must be in the store (checked first: 422 FILE_NOT_STORED),
 * then the document's decider rules on who, when and what, and the event joins the document's
 * stream (and its hash chain) with the expected revision.
 */
@Injectable()
export class AttachDocumentFileHandler {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly files: StoredFiles,
  ) {}

  async attach(documentId: string, request: FileToAttach & { purpose: DocumentFilePurpose }, context: CommandContext): Promise<DocumentFileAttachedResult> {
    const file = await this.files.describe(request);
    const attachmentId = attachmentIdFor(context);
    return this.documents.withDocument(documentId, context, async (loaded) => {
      const replayed = this.documents.appliedBefore(loaded, context);
      const stamp = { by: context.actor.userId, at: context.now };
      if (replayed !== null) return this.result(documentId, replayed, attachmentId, request.purpose, file, stamp);
      const { organisation } = await this.documents.decisionContext();
      const events = decideDocumentAttachment({ documentId, attachmentId, purpose: request.purpose, file, actor: context.actor, now: context.now }, loaded.state, organisation);
      const { nextExpectedRevision } = await this.documents.append(loaded, events, context);
      const { name } = events[0].data;
      return this.result(documentId, nextExpectedRevision, attachmentId, request.purpose, { ...file, name }, stamp);
    });
  }

  private result(id: string, revision: bigint, attachmentId: string, purpose: string, file: StoredFileInput, stamp: { by: string; at: string }): DocumentFileAttachedResult {
    return { id, revision: revision.toString(), attachmentId, purpose, ...file, attachedBy: stamp.by, attachedAt: stamp.at, contentUrl: contentUrlOf('documents', id, attachmentId) };
  }
}

/** The scans a registration takes with it, decided on the document as registered: one append with the registration. */
export function scansOf(document: RegisteredDocument, files: readonly StoredFileInput[], context: CommandContext, organisation: Parameters<typeof decideDocumentAttachment>[2]) {
  return files.flatMap((file, i) =>
    decideDocumentAttachment({ documentId: document.documentId, attachmentId: attachmentIdFor(context, i), purpose: 'scan', file, actor: context.actor, now: context.now }, document, organisation),
  );
}
