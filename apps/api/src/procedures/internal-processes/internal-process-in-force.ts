import type { Provider } from '@nestjs/common';
import {
  INCOMING_DOCUMENTS_PROCESS_CODE, INCOMING_DOCUMENTS_PROCESS_V1, internalProcessInForce, localDateOf, OUTGOING_DOCUMENTS_PROCESS_CODE, procedureStreamName, type DocumentProcess,
} from '@office/domain';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { CommandPipeline } from '../../commands/command-pipeline';
import { PROCEDURE_FOLD } from '../procedure-streams';

/**
 * The process a document registered at an instant is handled under: QT-VB-01's approved version
 * covering that day (Asia/Ho_Chi_Minh), with the issue limit of QT-VB-02's version in force (the one
 * table `DOCUMENT_STEP_PROCESSES` gives issue to QT-VB-02), both read exactly from their catalogue
 * streams (a handful of events each, one round trip for both) at each registration, so an approval counts from the next
 * registration in every process. Before any version is approved (a store the seed has not reached)
 * it is version 1, the limits of DOMAIN.md §3: the calendar falls back to its shipped years the same way.
 */
export class InternalProcessInForce {
  constructor(private readonly pipeline: CommandPipeline) {}

  async documentProcessAt(instant: string): Promise<DocumentProcess> {
    const [incoming, outgoing] = await this.pipeline.readEach([INCOMING_DOCUMENTS_PROCESS_CODE, OUTGOING_DOCUMENTS_PROCESS_CODE].map(procedureStreamName), PROCEDURE_FOLD);
    return internalProcessInForce(incoming, localDateOf(instant), [outgoing]) ?? INCOMING_DOCUMENTS_PROCESS_V1;
  }
}

/** For modules that register documents: needs only the event store. */
export const INTERNAL_PROCESS_IN_FORCE: Provider = {
  provide: InternalProcessInForce,
  useFactory: (store: EventStore) => new InternalProcessInForce(new CommandPipeline(store)),
  inject: [EVENT_STORE],
};
