import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { decideDocumentAttachment, type DocumentFilePurpose, type RegisteredDocument, type StoredFileInput } from '@office/domain';
import { derivedUuid } from '@office/event-store';
import type { CommandContext } from '../../commands/command-context';
import { DocumentStreams } from '../../documents/document-streams';
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
 * then the document's decider rules on who, when and what (404 for a document the caller may not
 * see), and the event joins the document's stream (and its hash chain) through the one command
 * pipeline: expected revision, and a retry with the same Idempotency-Key attaches nothing twice.
 */
@Injectable()
export class AttachDocumentFileHandler {
  constructor(
    private readonly documents: DocumentStreams,
    private readonly files: StoredFiles,
  ) {}

  async attach(documentId: string, request: FileToAttach & { purpose: DocumentFilePurpose }, context: CommandContext): Promise<DocumentFileAttachedResult> {
    const file = await this.files.describe(request);
    const attachmentId = attachmentIdFor(context);
    const { revision, events } = await this.documents.decideOn(documentId, 'attach-file', context, (state, { organisation }) =>
      decideDocumentAttachment({ documentId, attachmentId, purpose: request.purpose, file, actor: context.actor, now: context.now }, state, organisation),
    );
    // A replay appends nothing: it answers the request as sent (the decider only normalises the name).
    const name = events[0]?.type === 'DocumentFileAttached' ? events[0].data.name : file.name;
    return {
      id: documentId, revision: revision.toString(), attachmentId, purpose: request.purpose, ...file, name,
      attachedBy: context.actor.userId, attachedAt: context.now, contentUrl: contentUrlOf('documents', documentId, attachmentId),
    };
  }
}

/** The scans a registration takes with it, decided on the document as registered: one append with the registration. */
export function scansOf(document: RegisteredDocument, files: readonly StoredFileInput[], context: CommandContext, organisation: Parameters<typeof decideDocumentAttachment>[2]) {
  return files.flatMap((file, i) =>
    decideDocumentAttachment({ documentId: document.documentId, attachmentId: attachmentIdFor(context, i), purpose: 'scan', file, actor: context.actor, now: context.now }, document, organisation),
  );
}
