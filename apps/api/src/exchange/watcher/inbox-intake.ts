import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import {
  decideDocumentRecall, documentStreamName, evolveDocument, initialDocumentState, isDomainError, type ReceivedPackageFacts, type ReceivedSignatureCheck,
} from '@office/domain';
import { derivedUuid } from '@office/event-store';
import { readEdxml, validateEdxml, type EdxmlDocument, type InboxMessage } from '@office/exchange';
import { verifyPdfSignatures } from '@office/signatures';
import type { BlobStore } from '@office/storage';
import { BLOB_STORE } from '../../attachments/attachments-runtime';
import { CLOCK, type Clock } from '../../commands/request-context';
import { CommandPipeline } from '../../commands/command-pipeline';
import { ExchangeMessages } from '../exchange-messages';
import { EXCHANGE, requireExchange, type ExchangeRuntime } from '../exchange-runtime';
import { ExchangeStreams } from '../exchange-streams';
import { systemContext } from '../exchange-system';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOCUMENT_FOLD = { initialState: initialDocumentState, evolve: evolveDocument };
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A package's stream id: its edXML DocumentId when it is a UUID, else one derived from it (or from the file's name). */
const packageIdOf = (name: string) => (UUID.test(name) ? name.toLowerCase() : derivedUuid('exchange', name));

/**
 * What arrives in this office's inbox, recorded before the file leaves the inbox (so a crash reads
 * it again, and the deciders record it once): a package (checked against the edXML schema, its
 * files into the attachment store, acknowledged "đã đến" at once), a recall of one, or a status
 * about a package this office sent.
 */
@Injectable()
export class InboxIntake {
  constructor(
    @Inject(EXCHANGE) private readonly runtime: ExchangeRuntime | null,
    private readonly streams: ExchangeStreams,
    private readonly messages: ExchangeMessages,
    private readonly pipeline: CommandPipeline,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async packages(): Promise<void> {
    const { exchange } = requireExchange(this.runtime);
    for (const message of await exchange.receivePackages()) await exchange.settle('package', message.id, await this.package(message));
  }

  async statuses(): Promise<void> {
    const { exchange } = requireExchange(this.runtime);
    for (const message of await exchange.receiveStatuses()) await exchange.settle('status', message.id, await this.status(message));
  }

  private async package({ id, xml }: InboxMessage): Promise<'processed' | 'rejected'> {
    const packageSha256 = sha256(xml);
    const check = await validateEdxml(xml);
    const message = check.valid ? readEdxml(xml) : null;
    if (!check.valid || message?.kind !== 'document') {
      const errors = check.valid ? ['thông điệp trạng thái gửi vào hộp gói tin'] : check.errors;
      const packageId = packageIdOf(id);
      await this.streams.incoming(packageId, { type: 'reject', packageId, packageSha256, reason: 'Gói tin không đúng cấu trúc edXML (QCVN 102:2016/BTTTT)', errors }, this.system(`reject-${packageId}`));
      return 'rejected';
    }
    const packageId = packageIdOf(message.documentId);
    if (message.business.type === 'recall') {
      await this.recall(packageId, message);
      return 'processed';
    }
    const facts = await this.factsOf(message);
    const signatures = await signaturesOf(message);
    const { state } = await this.streams.incoming(packageId, { type: 'receive', packageId, packageSha256, facts, signatures }, this.system(`receive-${packageId}`));
    // A signed PDF that fails verification was refused on receipt (RECEIVE_INVALID_SIGNATURE).
    if (state.status === 'rejected') return 'rejected';
    // Thông báo đã nhận the same day (ND30 Art. 21); if the sender cannot be reached now, the reactor sends it later.
    if (state.status === 'arrived') await this.messages.sendStatus(state, 'arrived').catch(() => undefined);
    return 'processed';
  }

  /** Thu hồi: recorded on the package and, if it was registered, on the document, which is then locked. */
  private async recall(packageId: string, message: EdxmlDocument): Promise<void> {
    const reason = message.business.reason ?? 'Cơ quan gửi thu hồi văn bản';
    const { state } = await this.streams.incoming(packageId, { type: 'recall-received', reason }, this.system(`recall-${packageId}`));
    if (state.status !== 'registered' || state.documentId === null) return;
    const now = this.clock();
    const context = this.system(`recall-document-${packageId}`);
    const recall = { packageId, senderOrganId: message.from.organId, reason, by: context.actor.userId, at: now.toISOString() };
    await this.pipeline.handle(documentStreamName(state.documentId), DOCUMENT_FOLD, context, (document) => decideDocumentRecall(document, recall), { command: 'recall' });
  }

  private async status({ xml }: InboxMessage): Promise<'processed' | 'rejected'> {
    const check = await validateEdxml(xml);
    const message = check.valid ? readEdxml(xml) : null;
    if (message?.kind !== 'status') return 'rejected';
    const packageId = packageIdOf(message.responseFor.documentId);
    const input = { type: 'record-status' as const, organId: message.from.organId, status: message.status, description: message.description, reportedAt: message.timestamp };
    try {
      await this.streams.outgoing(packageId, input, this.system(`status-${packageId}-${message.from.organId}-${message.status}`));
      return 'processed';
    } catch (error) {
      // A status about a package this office never sent, or from an agency it was not sent to: kept aside, not recorded.
      if (isDomainError(error)) return 'rejected';
      throw error;
    }
  }

  /** The envelope's fields as the register wants them, the attachments stored by their SHA-256. */
  private async factsOf(message: EdxmlDocument): Promise<ReceivedPackageFacts> {
    const files = await Promise.all(message.attachments.map(async (file) => {
      const stored = await this.blobs.put(Readable.from([file.content]));
      return { name: file.name, mediaType: file.contentType, sha256: stored.sha256, size: stored.size };
    }));
    const signer = [message.signer.competence, message.signer.position, message.signer.fullName].filter((part) => part.trim()).join(' ');
    return {
      from: message.from,
      symbol: message.code.notation ? `${message.code.number}/${message.code.notation}` : message.code.number,
      promulgationDate: message.promulgation.date,
      documentType: message.documentType.name,
      subject: message.subject,
      signer,
      priority: message.other.priority,
      dueDate: message.dueDate,
      files,
    };
  }

  private system(key: string) {
    return systemContext(this.clock(), key);
  }
}

/**
 * Every signature of the package's PDFs, checked by `@office/signatures` (ND 30/2020 Art. 18: the
 * receiver checks authenticity and integrity); a PDF without a signature has none. Whether a signer is
 * trusted is not a reason to refuse here (roots are the signatures module's setting): only validity is.
 */
async function signaturesOf(message: EdxmlDocument): Promise<ReceivedSignatureCheck[]> {
  const pdfs = message.attachments.filter((file) => file.contentType === 'application/pdf' || file.content.subarray(0, 5).toString('latin1') === '%PDF-');
  const checks = await Promise.all(pdfs.map(async (file) => (await verifyPdfSignatures(file.content)).signatures.map(({ index, valid, problem }) => ({ file: file.name, index, valid, problem }))));
  return checks.flat();
}
