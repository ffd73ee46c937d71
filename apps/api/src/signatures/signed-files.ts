import { Inject, Injectable } from '@nestjs/common';
import { notFound, type VerifiedFile } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import { verifyPdfSignatures } from '@office/signatures';
import type { BlobStore } from '@office/storage';
import { BLOB_STORE } from '../attachments/attachments-runtime';
import { attachedIn } from '../attachments/read/attachment-views';
import { SIGNATURE_TRUSTED_ROOTS } from './trusted-roots';

/**
 * A document's attached file with its signatures verified by the product: the attachment named in
 * the document's stream (404 otherwise), its bytes read back from the store, every signature
 * checked (libs/signatures). What the domain is told comes from here, never from the request.
 */
@Injectable()
export class SignedFiles {
  constructor(
    @Inject(BLOB_STORE) private readonly store: BlobStore,
    @Inject(SIGNATURE_TRUSTED_ROOTS) private readonly roots: Buffer[],
  ) {}

  async verified(documentEvents: readonly RecordedEvent[], attachmentId: string): Promise<VerifiedFile> {
    const attached = attachedIn(documentEvents, 'DocumentFileAttached', attachmentId);
    if (!attached) throw notFound(`Văn bản không có tệp đính kèm ${attachmentId}`, 'attachmentId');
    const file = { attachmentId, name: attached.name, purpose: attached.purpose, mediaType: attached.mediaType, sha256: attached.sha256 };
    // Only a PDF carries PDF signatures: the domain refuses anything else (NOT_A_PDF) without the bytes being read.
    if (attached.mediaType !== 'application/pdf') return { ...file, signatures: [] };
    const verification = await verifyPdfSignatures(await this.bytesOf(attached.sha256), this.roots);
    const signatures = verification.signatures.map(({ byteRange: _ranges, ...check }) => check);
    return { ...file, sha256: verification.sha256, signatures };
  }

  private async bytesOf(sha256: string): Promise<Buffer> {
    const stream = await this.store.get(sha256);
    if (!stream) throw new Error(`the attachment store has no bytes for ${sha256}, which an event references`);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
}
