import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DocumentFileAttached, ExchangeAgency } from '@office/domain';
import { issuedDocumentPackage, writeEdxml, type EdxmlAttachment } from '@office/exchange';
import { OrganisationDirectory } from '@office/read-models';
import type { BlobStore } from '@office/storage';
import { BLOB_STORE } from '../../attachments/attachments-runtime';
import { type CommandContext, newAggregateId } from '../../commands/command-context';
import { DocumentRepository, type LoadedDocument } from '../../documents/document-repository';
import { PackageDelivery } from '../delivery/package-delivery';
import { EXCHANGE, requireExchange, type ExchangeRuntime } from '../exchange-runtime';
import { ExchangeStreams } from '../exchange-streams';
import type { SendPackageRequest } from './send-package.request';
import { signerInfoOf } from './signer-info';

export class SendPackageCommand {
  constructor(
    readonly input: SendPackageRequest,
    readonly context: CommandContext,
  ) {}
}

export interface SentPackage {
  id: string;
  revision: string;
  packageSha256: string;
  recipients: ExchangeAgency[];
}

/**
 * Gửi liên thông, a clerk's action on an issued document (not automatic on issue: the recipients
 * printed on a document are free text, and the clerk chooses which of them are agencies on the
 * exchange). The edXML package is kept in the attachment store under its SHA-256, recorded
 * (ExchangePackageSent), then delivered to each receiver's inbox under the package's id (PackageDelivery,
 * which retries a receiver it cannot reach).
 */
@CommandHandler(SendPackageCommand)
export class SendPackageHandler implements ICommandHandler<SendPackageCommand, SentPackage> {
  constructor(
    private readonly streams: ExchangeStreams,
    private readonly documents: DocumentRepository,
    private readonly directory: OrganisationDirectory,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(EXCHANGE) private readonly runtime: ExchangeRuntime | null,
    private readonly delivery: PackageDelivery,
  ) {}

  async execute({ input, context }: SendPackageCommand): Promise<SentPackage> {
    const { exchange, place } = requireExchange(this.runtime);
    const packageId = newAggregateId(context, 'exchange-package');
    const loaded = await this.documents.loadVisible(input.documentId, context);
    const { agencies } = await this.streams.decisionContext();
    const recipients = agencies.filter((a) => input.to.includes(a.organId));
    const xml = await this.packageOf(loaded, packageId, recipients, exchange.self, place, context.now);
    const stored = xml === null ? null : await this.blobs.put(Readable.from([Buffer.from(xml, 'utf8')]));
    const state = loaded.state;
    const document = {
      documentId: input.documentId,
      status: state.status,
      symbol: state.status === 'none' ? null : (state.outgoing?.symbol ?? null),
      excerpt: state.status === 'none' ? '' : (state.outgoing?.excerpt ?? state.excerpt),
    };
    const packageSha256 = stored?.sha256 ?? createHash('sha256').update('').digest('hex');
    const { revision, state: sent } = await this.streams.outgoing(packageId, { type: 'send', packageId, document, to: input.to, packageSha256 }, context);
    // Into each receiver's inbox now; what cannot be written now (a receiver unreachable) the watcher delivers later.
    if (sent.status !== 'none') await this.delivery.deliver(packageId);
    return { id: packageId, revision: revision.toString(), packageSha256: sent.status === 'none' ? packageSha256 : sent.packageSha256, recipients: sent.status === 'none' ? [] : sent.to };
  }

  /** The package of an issued document with its files (the signed PDF first); null for a document not issued, which the decider refuses. */
  private async packageOf(loaded: LoadedDocument, packageId: string, to: ExchangeAgency[], from: ExchangeAgency, place: string, now: string): Promise<string | null> {
    const state = loaded.state;
    if (state.status !== 'issued' && state.status !== 'archived') return null;
    const organisation = await this.directory.organisation();
    const signer = signerInfoOf(organisation.users.find((u) => u.id === state.outgoing.signerId), state.outgoing.signsAs);
    const events = loaded.events.length ? loaded.events : (await this.documents.load(state.documentId)).events;
    const files = events.filter((e) => e.type === 'DocumentFileAttached').map((e) => (e as unknown as DocumentFileAttached).data);
    const attachments: EdxmlAttachment[] = [];
    for (const file of [...files.filter((f) => f.purpose === 'signed'), ...files.filter((f) => f.purpose !== 'signed')]) {
      const content = await this.blobs.get(file.sha256);
      if (!content) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of content) chunks.push(chunk as Buffer);
      attachments.push({ name: file.name, contentType: file.mediaType, description: file.purpose === 'signed' ? 'Văn bản đã ký' : 'Tệp đính kèm', content: Buffer.concat(chunks) });
    }
    return writeEdxml(issuedDocumentPackage({ packageId, from, to, place, now, document: state, signer, attachments }));
  }
}
