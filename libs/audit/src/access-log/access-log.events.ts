/**
 * A read by an auditor of records that are not one document (verification, digests, registers,
 * statistics, evidence packs, the access log itself). Reads of one document are `DocumentViewed`
 * in `access-<documentId>` (libs/domain/access). Kept in one stream per auditor so that recording
 * never competes with anyone else's work.
 */
export type AuditRecordViewed = {
  type: 'AuditRecordViewed';
  data: {
    /** The path read, e.g. `/api/audit/verify`. */
    resource: string;
    /** Its query string, without the leading `?`; null when there was none. */
    query: string | null;
    because: 'auditor';
    by: string;
    role: string;
    at: string;
  };
};

export function auditorReadsStream(userId: string): string {
  return `auditor-reads-${userId}`;
}

/** One recorded read, as the access log keeps and lists it. */
export interface AccessRecord {
  eventId: string;
  at: string;
  userId: string;
  role: string;
  kind: 'document' | 'records';
  documentId: string | null;
  view: string;
  because: string;
  query: string | null;
}
