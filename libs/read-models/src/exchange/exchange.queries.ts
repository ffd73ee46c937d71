import { endOfLocalDay, type ExchangeAgency, type ExchangeFile, type ReportedStatus } from '@office/domain';
import type { DataSource } from 'typeorm';
import { ExchangeInboxRow, ExchangeOutboxRow } from './exchange.entities';

export type OutboxItem = {
  id: string; documentId: string; symbol: string; subject: string; recipients: ExchangeAgency[]; status: string; sentAt: string; reported: ReportedStatus[];
  recalledAt: string | null; recallReason: string | null;
};

export type InboxItem = {
  id: string; status: string; receivedAt: string; from: ExchangeAgency | null; symbol: string | null; subject: string | null; documentType: string | null;
  promulgationDate: string | null; signer: string | null; priority: number | null; dueDate: string | null; files: ExchangeFile[];
  /** Thông báo đã nhận: due by the end of `acknowledgeDue`; overdue when not sent by then. */
  acknowledgeDue: string | null; acknowledged: boolean; acknowledgeOverdue: boolean; statusesSent: string[]; documentId: string | null;
  refusalReason: string | null; recallReason: string | null; rejectionReason: string | null; rejectionErrors: string[];
  /** Why it was refused on receipt: EDXML_SCHEMA_INVALID or RECEIVE_INVALID_SIGNATURE; null when it was not. */
  rejectionRule: string | null;
};

/** Most recent first; the clerk's page shows the last few hundred. */
const LIMIT = 300;

/** The exchange's read model: the outbox, the inbox, and what the exchange reactor still has to report. */
export class ExchangeQueries {
  constructor(private readonly dataSource: DataSource) {}

  async outbox(): Promise<OutboxItem[]> {
    const rows = await this.dataSource.getRepository(ExchangeOutboxRow).find({ order: { sentAt: 'DESC', id: 'ASC' }, take: LIMIT });
    return rows.map(({ id, documentId, symbol, subject, recipients, status, sentAt, reported, recalledAt, recallReason }) => ({
      id, documentId, symbol, subject, recipients, status, sentAt: new Date(sentAt).toISOString(), reported, recalledAt: recalledAt && new Date(recalledAt).toISOString(), recallReason,
    }));
  }

  async outgoing(id: string): Promise<OutboxItem | null> {
    return (await this.outbox()).find((item) => item.id === id) ?? null;
  }

  async inbox(now: Date): Promise<InboxItem[]> {
    const rows = await this.dataSource.getRepository(ExchangeInboxRow).find({ order: { receivedAt: 'DESC', id: 'ASC' }, take: LIMIT });
    return rows.map((row) => inboxItemOf(row, now));
  }

  async incoming(id: string, now: Date): Promise<InboxItem | null> {
    const row = await this.dataSource.getRepository(ExchangeInboxRow).findOneBy({ id });
    return row ? inboxItemOf(row, now) : null;
  }

  /** Received packages whose sender has not been told everything: not yet acknowledged, or registered and not yet done. */
  async toReport(): Promise<Array<{ id: string; documentId: string | null; statusesSent: string[] }>> {
    return this.dataSource.query(
      `SELECT id, document_id AS "documentId", statuses_sent AS "statusesSent" FROM rm_exchange_inbox
        WHERE status <> 'rejected' AND (NOT ('arrived' = ANY(statuses_sent)) OR (status = 'refused' AND NOT ('refused' = ANY(statuses_sent)))
           OR (document_id IS NOT NULL AND NOT ('done' = ANY(statuses_sent)) AND recall_reason IS NULL))
        ORDER BY received_at LIMIT 500`,
    );
  }

  /**
   * Sent packages not yet in every receiver's inbox (their state counts fewer deliveries of the message
   * due, the package or, once recalled, the recall, than receivers): what the delivery reactor retries.
   * The caller reads each stream exactly before writing; this only finds them.
   */
  async toDeliver(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM rm_exchange_outbox o
        WHERE jsonb_array_length(o.recipients) > (
          SELECT count(*) FROM jsonb_array_elements(coalesce(o.state->'delivered', '[]'::jsonb)) d
           WHERE d->>'message' = CASE WHEN o.status = 'recalled' THEN 'recall' ELSE 'package' END)
        ORDER BY sent_at LIMIT 500`,
    );
    return rows.map((row) => row.id);
  }
}

function inboxItemOf(row: ExchangeInboxRow, now: Date): InboxItem {
  const acknowledged = row.statusesSent.includes('arrived');
  return {
    id: row.id, status: row.status, receivedAt: new Date(row.receivedAt).toISOString(), from: row.fromOrganId ? { organId: row.fromOrganId, organName: row.fromName ?? '' } : null,
    symbol: row.symbol, subject: row.subject, documentType: row.documentType, promulgationDate: row.promulgationDate, signer: row.signer, priority: row.priority,
    dueDate: row.dueDate, files: row.files, acknowledgeDue: row.acknowledgeDue, acknowledged,
    acknowledgeOverdue: !acknowledged && row.acknowledgeDue !== null && now.toISOString() > endOfLocalDay(row.acknowledgeDue), statusesSent: row.statusesSent,
    documentId: row.documentId, refusalReason: row.refusalReason, recallReason: row.recallReason, rejectionReason: row.rejectionReason, rejectionErrors: row.rejectionErrors,
    // A rejection recorded before the rule was part of the state was the schema's.
    rejectionRule: row.state.status === 'rejected' ? (row.state.rule ?? 'EDXML_SCHEMA_INVALID') : null,
  };
}
