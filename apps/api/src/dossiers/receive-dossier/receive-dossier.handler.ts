import { randomInt } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { dailySeriesKey, decideDossierReceipt, decideReceptionScans, dossierStreamName, stampDossierSequence, wrongState, type DossierReceived } from '@office/domain';
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
 * Tiếp nhận hồ sơ: decided once, through the pipeline, without its code, and the scans handed in
 * decided on it; only then is the day's next sequence taken and stamped on it with the code made
 * from it (a refusal, of the reception or of a scan, leaves the series untouched). A number whose
 * append fails is voided by the allocator, never skipped; a retry with the same Idempotency-Key
 * answers the dossier it received.
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
    const receipt = { ...input, type: 'receive' as const, dossierId, registerBook: series.year, pin: lookupPin(), receivedAt, actor: context.actor, now: context.now };
    // The scans handed in: their bytes must be in the store; attached in the same append as the reception.
    const scans = await Promise.all(
      (attachments ?? []).map(async (file, i) => ({ attachmentId: attachmentIdFor(context, i), itemCode: file.itemCode ?? null, file: await this.files.describe(file, `attachments.${i}`) })),
    );
    return this.numbers.afterDecision(series, dossierId, context, async (take) => {
      const { revision, events } = await this.dossiers.numbered('receive', dossierId, context, decisionContext, async (state) => {
        const unnumbered = decideDossierReceipt(receipt, state, decisionContext);
        const attached = decideReceptionScans(unnumbered, scans);
        return [stampDossierSequence(unnumbered, await take()), ...attached];
      });
      // Nothing appended: a twin of this request (same Idempotency-Key) won the race, and no number was taken.
      if (events.length === 0) throw wrongState('Yêu cầu tiếp nhận này đang được xử lý; hãy gửi lại để nhận kết quả', 'REQUEST_IN_FLIGHT');
      return answer(events[0].data as DossierReceived['data'], revision);
    });
  }
}

function answer(data: DossierReceived['data'], revision: bigint): DossierReceivedResult {
  return { id: data.dossierId, revision: revision.toString(), code: data.code, dueDate: data.due.due, pin: data.pin };
}
