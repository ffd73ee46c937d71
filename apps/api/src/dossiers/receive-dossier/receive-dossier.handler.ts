import { randomInt } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  dailySeriesKey, decideDossier, decideDossierAttachment, dossierCode, dossierStreamName, evolveDossier, initialDossierState, OFFICE_CODE, wrongState,
  type DossierContext, type DossierReceived, type DossierState, type ReceiveDossier, type StoredFileInput,
} from '@office/domain';
import { type CommandContext, newAggregateId } from '../../commands/command-context';
import { attachmentIdFor } from '../../attachments/documents/attach-document-file.handler';
import { StoredFiles } from '../../attachments/stored-files';
import { NumberAllocator } from '../../documents/numbering/number-allocator';
import { DossierStreams } from '../dossier-streams';
import type { ReceiveDossierRequest } from './receive-dossier.request';

export class ReceiveDossierCommand {
  constructor(
    readonly input: ReceiveDossierRequest,
    readonly context: CommandContext,
  ) {}
}

export interface DossierReceivedResult {
  id: string;
  revision: string;
  code: string;
  dueDate: string;
  pin: string;
}

/** Mã tra cứu printed on the appointment slip: 6 random digits. */
function lookupPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * Tiếp nhận hồ sơ: the domain checks the reception first (no number is taken for a refused one),
 * then the dossier is written with the day's next sequence in its code; a number whose dossier
 * could not be written is voided with the reason.
 */
@CommandHandler(ReceiveDossierCommand)
export class ReceiveDossierHandler implements ICommandHandler<ReceiveDossierCommand, DossierReceivedResult> {
  constructor(
    private readonly dossiers: DossierStreams,
    private readonly numbers: NumberAllocator,
    private readonly files: StoredFiles,
  ) {}

  async execute({ input: { attachments, ...input }, context }: ReceiveDossierCommand): Promise<DossierReceivedResult> {
    const dossierId = newAggregateId(context, 'dossier');
    const earlier = await this.dossiers.appliedBefore(dossierStreamName(dossierId), context, 'receive');
    if (earlier) return answer(earlier.data as DossierReceived['data'], earlier.revision);

    const decisionContext = await this.dossiers.decisionContext(input.procedureCode);
    const receivedAt = input.receivedAt ?? context.now;
    const series = dailySeriesKey('dossier', receivedAt);
    const pin = lookupPin();
    const command = (sequence: number): ReceiveDossier => ({
      ...input, type: 'receive', dossierId, code: dossierCode(OFFICE_CODE, receivedAt, sequence), registerBook: series.year, sequence, pin,
      receivedAt, actor: context.actor, now: context.now,
    });
    // The scans handed in: their bytes must be in the store; attached in the same append as the reception.
    const stored = await Promise.all((attachments ?? []).map((file, i) => this.files.describe(file, `attachments.${i}`)));
    const scans = scansOf(dossierId, stored, (attachments ?? []).map((file) => file.itemCode ?? null), context, decisionContext);
    scans(decideDossier(command(1), initialDossierState, decisionContext).reduce(evolveDossier, initialDossierState)); // refuse bad input before a number is taken
    return this.numbers.numbered(series, dossierId, context, async (sequence) => {
      const { revision, events } = await this.dossiers.run(command(sequence), context, decisionContext, scans);
      // Nothing appended: a twin of this request (same Idempotency-Key) won the race; this number is voided.
      if (events.length === 0) throw wrongState('Yêu cầu tiếp nhận này đang được xử lý; hãy gửi lại để nhận kết quả', 'REQUEST_IN_FLIGHT');
      return answer(events[0].data as DossierReceived['data'], revision);
    });
  }
}

/** The papers' scans as attachments of the dossier as received: an item's when it names one, else `other`. */
function scansOf(dossierId: string, files: readonly StoredFileInput[], itemCodes: ReadonlyArray<string | null>, context: CommandContext, { organisation }: DossierContext) {
  return (received: DossierState) =>
    files.flatMap((file, i) =>
      decideDossierAttachment(
        { dossierId, attachmentId: attachmentIdFor(context, i), purpose: itemCodes[i] ? 'item' : 'other', itemCode: itemCodes[i], file, actor: context.actor, now: context.now },
        received, organisation,
      ),
    );
}

function answer(data: DossierReceived['data'], revision: bigint): DossierReceivedResult {
  return { id: data.dossierId, revision: revision.toString(), code: data.code, dueDate: data.due.due, pin: data.pin };
}
