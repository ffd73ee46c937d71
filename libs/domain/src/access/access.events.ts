/** What was read: a summary, the full history, the state at an instant, or an attached file (its bytes). */
export type DocumentView = 'summary' | 'history' | 'state' | 'file';

/** Why the read is recorded: the document is above `normal`, or an auditor read it. */
export type ViewRecordedBecause = 'confidential' | 'auditor';

/**
 * A read worth recording (DOMAIN.md §2: every read of a confidential document is itself recorded).
 * Kept in stream `access-<documentId>`, apart from the document's own stream, so that reading never
 * competes with the work on the document for its revision.
 */
export type DocumentViewed = {
  type: 'DocumentViewed';
  data: { documentId: string; view: DocumentView; because: ViewRecordedBecause; by: string; role: string; at: string };
};

export const ACCESS_EVENT_TYPES = ['DocumentViewed'] as const satisfies readonly DocumentViewed['type'][];

export function accessStreamName(documentId: string): string {
  return `access-${documentId}`;
}
