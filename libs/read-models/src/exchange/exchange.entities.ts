import type { ExchangeAgency, ExchangeFile, IncomingPackageState, OutgoingPackageState, ReportedStatus } from '@office/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Gói tin đã gửi: one row per `exchange-out-<id>` stream, with the statuses its receivers reported. */
@Entity({ name: 'rm_exchange_outbox' })
@Index('rm_exchange_outbox_document', ['documentId'])
export class ExchangeOutboxRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'document_id', type: 'uuid' }) documentId!: string;
  @Column({ type: 'text' }) symbol!: string;
  @Column({ type: 'text' }) subject!: string;
  @Column({ type: 'jsonb' }) recipients!: ExchangeAgency[];
  /** sent | recalled */
  @Column({ type: 'varchar', length: 12 }) status!: string;
  @Column({ name: 'sent_at', type: 'timestamptz' }) sentAt!: string;
  @Column({ name: 'sent_by', type: 'uuid' }) sentBy!: string;
  /** Every status reported, in the order it arrived. */
  @Column({ type: 'jsonb' }) reported!: ReportedStatus[];
  @Column({ name: 'recalled_at', type: 'timestamptz', nullable: true }) recalledAt!: string | null;
  @Column({ name: 'recall_reason', type: 'text', nullable: true }) recallReason!: string | null;
  @Column({ type: 'jsonb' }) state!: OutgoingPackageState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}

/** Gói tin đến: one row per `exchange-in-<id>` stream, rejected ones included (with the schema's reasons). */
@Entity({ name: 'rm_exchange_inbox' })
@Index('rm_exchange_inbox_received', ['receivedAt'])
export class ExchangeInboxRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  /** rejected | arrived | registered | refused */
  @Column({ type: 'varchar', length: 12 }) status!: string;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: string;
  @Column({ name: 'from_organ_id', type: 'text', nullable: true }) fromOrganId!: string | null;
  @Column({ name: 'from_name', type: 'text', nullable: true }) fromName!: string | null;
  @Column({ type: 'text', nullable: true }) symbol!: string | null;
  @Column({ type: 'text', nullable: true }) subject!: string | null;
  @Column({ name: 'document_type', type: 'text', nullable: true }) documentType!: string | null;
  @Column({ name: 'promulgation_date', type: 'date', nullable: true }) promulgationDate!: string | null;
  @Column({ type: 'text', nullable: true }) signer!: string | null;
  @Column({ type: 'smallint', nullable: true }) priority!: number | null;
  @Column({ name: 'due_date', type: 'date', nullable: true }) dueDate!: string | null;
  @Column({ type: 'jsonb' }) files!: ExchangeFile[];
  /** Thông báo đã nhận due by the end of this day; null for a rejected package (nothing to acknowledge). */
  @Column({ name: 'acknowledge_due', type: 'date', nullable: true }) acknowledgeDue!: string | null;
  @Column({ name: 'statuses_sent', type: 'text', array: true }) statusesSent!: string[];
  @Column({ name: 'document_id', type: 'uuid', nullable: true }) documentId!: string | null;
  @Column({ name: 'refusal_reason', type: 'text', nullable: true }) refusalReason!: string | null;
  @Column({ name: 'recall_reason', type: 'text', nullable: true }) recallReason!: string | null;
  @Column({ name: 'rejection_reason', type: 'text', nullable: true }) rejectionReason!: string | null;
  @Column({ name: 'rejection_errors', type: 'text', array: true }) rejectionErrors!: string[];
  @Column({ type: 'jsonb' }) state!: IncomingPackageState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}

export const EXCHANGE_ENTITIES = [ExchangeOutboxRow, ExchangeInboxRow];
