import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { accessStreamName, hasRole, isRestricted, type DocumentView, type DocumentViewed, type RegisteredDocument } from '@office/domain';
import { EVENT_STORE, type EventStore, type NewEvent } from '@office/event-store';
import { DataSource } from 'typeorm';
import { envelope, type CommandContext } from '../commands/command-context';

type ViewRecordedBecause = DocumentViewed['data']['because'];

/** A read's record as appended: alone (`AccessRecorder.record`), or in the round trip of the read itself (`EventStore.appendAndRead`). */
export interface ReadRecord {
  streamId: string;
  events: NewEvent[];
  // Not through CommandPipeline, by design: a record of a read decides nothing (no state to fold,
  // no refusal, no Idempotency-Key: every read is recorded again), so it appends to 'any' revision.
  expected: 'any';
}

/**
 * Records the reads DOMAIN.md wants on record: every read of a document above `normal`, and
 * every read by an auditor. The read fails if it cannot be recorded: no unrecorded reads.
 */
@Injectable()
export class AccessRecorder {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  async record(document: RegisteredDocument, view: DocumentView, context: CommandContext): Promise<void> {
    const record = this.recordOf(document, view, context);
    if (record) await this.append(record);
  }

  /** The `DocumentViewed` this read of `document` goes on record with, or undefined for a read DOMAIN.md does not want on record. */
  recordOf(document: RegisteredDocument, view: DocumentView, context: CommandContext): ReadRecord | undefined {
    const because = isRestricted(document.confidentiality) ? 'confidential' : hasRole(context.actor, 'auditor') ? 'auditor' : null;
    return because ? viewed(document.documentId, view, because, context) : undefined;
  }

  /**
   * A list, a search or a register page that showed these documents: one `DocumentViewed`
   * (view `summary`) per restricted document among them, whatever the number of rows it filled.
   * Restriction comes from the summaries read model, which lists and registers are drawn from.
   * An auditor's list is recorded as a whole by AuditorReadsInterceptor; its normal documents add nothing.
   */
  async recordListed(documentIds: ReadonlyArray<string | null>, context: CommandContext): Promise<void> {
    const ids = [...new Set(documentIds.filter((id): id is string => id !== null))];
    if (ids.length === 0) return;
    const rows: Array<{ id: string }> = await this.dataSource.query(
      'SELECT id FROM rm_document_summaries WHERE id = ANY($1::uuid[]) AND restricted',
      [ids],
    );
    await Promise.all(rows.map((row) => this.append(viewed(row.id, 'summary', 'confidential', context))));
  }

  private async append({ streamId, events, expected }: ReadRecord): Promise<void> {
    await this.store.append(streamId, events, expected);
  }
}

function viewed(documentId: string, view: DocumentView, because: ViewRecordedBecause, context: CommandContext): ReadRecord {
  const event: DocumentViewed = {
    type: 'DocumentViewed',
    data: { documentId, view, because, by: context.actor.userId, role: context.actorRole, at: context.now },
  };
  return { streamId: accessStreamName(documentId), events: envelope([event], [randomUUID()], context), expected: 'any' };
}
