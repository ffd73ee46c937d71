import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { accessStreamName, hasRole, isRestricted, type DocumentView, type DocumentViewed, type RegisteredDocument } from '@office/domain';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { envelope, type CommandContext } from '../commands/command-context';

/**
 * Records the reads DOMAIN.md wants on record: every read of a document above `normal`, and
 * every read by an auditor. The read fails if it cannot be recorded: no unrecorded reads.
 */
@Injectable()
export class AccessRecorder {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async record(document: RegisteredDocument, view: DocumentView, context: CommandContext): Promise<void> {
    const because = isRestricted(document.confidentiality) ? 'confidential' : hasRole(context.actor, 'auditor') ? 'auditor' : null;
    if (!because) return;
    const event: DocumentViewed = {
      type: 'DocumentViewed',
      data: { documentId: document.documentId, view, because, by: context.actor.userId, role: context.actorRole, at: context.now },
    };
    await this.store.append(accessStreamName(document.documentId), envelope([event], [randomUUID()], context), 'any');
  }
}
