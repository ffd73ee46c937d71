import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Urgency } from '@office/domain';
import { newAggregateId, type CommandContext } from '../../commands/command-context';
import { RegisterDocument } from '../../documents/document-step.command';
import type { RegistrationResult } from '../../documents/document-step.command';
import { ExchangeStreams } from '../exchange-streams';
import { StatusReactor } from '../watcher/status-reactor';
import type { RegisterPackageRequest } from './register-package.request';

export class RegisterPackageCommand {
  constructor(
    readonly packageId: string,
    readonly input: RegisterPackageRequest,
    readonly context: CommandContext,
  ) {}
}

export interface RegisteredPackage {
  id: string;
  revision: string;
  documentId: string;
  incomingNumber: number;
}

/** edXML Priority 0–4 → độ khẩn (4, hỏa tốc hẹn giờ, is hỏa tốc). */
const URGENCY_OF_PRIORITY: readonly Urgency[] = ['normal', 'urgent', 'very_urgent', 'flash', 'flash'];

/**
 * Vào sổ văn bản đến from a package: the package claimed first (arrived, not recalled, the clerk, no
 * other clerk registering it: ExchangeRegistrationClaimed), then the existing registration (number,
 * deadlines, the package's files as scans), then the package's own record. The registration's id
 * derives from the package and the clerk, so the same clerk's retry after a failure in between finds
 * the same document instead of numbering a second one, and another clerk never numbers one.
 */
@CommandHandler(RegisterPackageCommand)
export class RegisterPackageHandler implements ICommandHandler<RegisterPackageCommand, RegisteredPackage> {
  constructor(
    private readonly streams: ExchangeStreams,
    private readonly commands: CommandBus,
    private readonly reactor: StatusReactor,
  ) {}

  async execute({ packageId, input, context }: RegisterPackageCommand): Promise<RegisteredPackage> {
    const registering = { ...context, idempotencyKey: `exchange-register-${packageId}` };
    const documentId = newAggregateId(registering, 'document');
    // One clerk at a time, before a number is taken: two at the same instant conflict on the package's
    // stream, and the one decided again sees the other's claim (409 REGISTRATION_IN_PROGRESS).
    const { state } = await this.streams.incoming(packageId, { type: 'claim-registration', documentId }, context, { retries: 1 });
    // A retry of a request that went through finds the package registered with this very document: each step below replays.
    const retried = state.status === 'registered' && state.documentId === documentId;
    if (state.status !== 'arrived' && !retried) throw new Error('unreachable: the decider accepted a package not arrived');
    const registration: RegistrationResult = await this.commands.execute(new RegisterDocument({
      source: { agency: state.from.organName, symbol: state.symbol, issuedDate: state.promulgationDate, signer: state.signer || null },
      excerpt: input.excerpt?.trim() || state.subject,
      documentType: input.documentType?.trim() || state.documentType,
      fieldCode: input.fieldCode,
      urgency: input.urgency ?? URGENCY_OF_PRIORITY[state.priority] ?? 'normal',
      confidentiality: input.confidentiality ?? 'normal',
      channel: 'electronic',
      receivedAt: state.receivedAt,
      attachments: state.files.map((file) => ({ sha256: file.sha256, name: file.name })),
    }, registering));
    // The claim and the record are two commands of this request on the package's stream, under its one Idempotency-Key:
    // their ids name their command, so a retry replays each, and the claim is this request's own, not a reuse of the key.
    const record = { type: 'register', documentId: registration.id, incomingNumber: registration.incomingNumber } as const;
    const { revision } = await this.streams.incoming(packageId, record, context, { after: ['claim-registration'] });
    // Đã tiếp nhận goes back at once; if the sender cannot be reached, the watcher's next pass sends it.
    await this.reactor.reportOne(packageId).catch(() => undefined);
    return { id: packageId, revision: revision.toString(), documentId: registration.id, incomingNumber: registration.incomingNumber };
  }
}
