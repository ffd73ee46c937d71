import type { Provider } from '@nestjs/common';
import { INCOMING_DOCUMENTS_PROCESS_CODE, INCOMING_DOCUMENTS_PROCESS_V1, internalProcessInForce, localDateOf, procedureStreamName, type DocumentProcess } from '@office/domain';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { CommandPipeline } from '../../commands/command-pipeline';
import { PROCEDURE_FOLD } from '../procedure-streams';

/**
 * The QT-VB-01 version a document registered at an instant is handled under: the approved version
 * covering that day (Asia/Ho_Chi_Minh), read exactly from its catalogue stream (a handful of events)
 * at each registration, so an approval counts from the next registration in every process. Before any
 * version is approved (a store the seed has not reached) it is version 1, the limits of DOMAIN.md §3:
 * the calendar falls back to its shipped years the same way.
 */
export class InternalProcessInForce {
  constructor(private readonly pipeline: CommandPipeline) {}

  async documentProcessAt(instant: string): Promise<DocumentProcess> {
    const { state } = await this.pipeline.read(procedureStreamName(INCOMING_DOCUMENTS_PROCESS_CODE), PROCEDURE_FOLD);
    return internalProcessInForce(state, localDateOf(instant)) ?? INCOMING_DOCUMENTS_PROCESS_V1;
  }
}

/** For modules that register documents: needs only the event store. */
export const INTERNAL_PROCESS_IN_FORCE: Provider = {
  provide: InternalProcessInForce,
  useFactory: (store: EventStore) => new InternalProcessInForce(new CommandPipeline(store)),
  inject: [EVENT_STORE],
};
