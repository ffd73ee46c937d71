import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Read model `document-summaries.v1`: one row per incoming document, derived from its folded
 * state (kept in `state`) after every event, in order. Columns mirror the migration exactly;
 * positions are `bigint`, read back as strings, never as JS numbers.
 */
@Entity({ name: 'rm_document_summaries' })
export class DocumentSummaryRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'incoming_number', type: 'integer' }) incomingNumber!: number;
  @Column({ name: 'incoming_year', type: 'integer' }) incomingYear!: number;
  @Column({ type: 'varchar', length: 16 }) series!: string;
  @Column({ type: 'varchar', length: 32 }) status!: string;
  @Column({ name: 'source_agency', type: 'text' }) sourceAgency!: string;
  @Column({ name: 'source_symbol', type: 'text' }) sourceSymbol!: string;
  @Column({ name: 'source_issued_date', type: 'date' }) sourceIssuedDate!: string;
  @Column({ name: 'source_signer', type: 'text', nullable: true }) sourceSigner!: string | null;
  @Column({ type: 'text' }) excerpt!: string;
  @Column({ name: 'document_type', type: 'text' }) documentType!: string;
  @Column({ name: 'field_code', type: 'varchar', length: 16 }) fieldCode!: string;
  @Column({ type: 'varchar', length: 16 }) urgency!: string;
  /** 0 normal … 3 flash: queues sort on it. */
  @Column({ name: 'urgency_rank', type: 'smallint' }) urgencyRank!: number;
  @Column({ type: 'varchar', length: 16 }) confidentiality!: string;
  @Column({ type: 'boolean' }) restricted!: boolean;
  @Column({ type: 'varchar', length: 16 }) channel!: string;
  @Column({ type: 'integer', nullable: true }) pages!: number | null;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  /** Ngày đến as a day in Asia/Ho_Chi_Minh. */
  @Column({ name: 'received_on', type: 'date' }) receivedOn!: string;
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
  @Column({ name: 'registered_by', type: 'uuid' }) registeredBy!: string;
  @Column({ name: 'sealed_for_user_id', type: 'uuid', nullable: true }) sealedForUserId!: string | null;
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId!: string | null;
  @Column({ name: 'distributed_by', type: 'uuid', nullable: true }) distributedBy!: string | null;
  @Column({ name: 'distributed_at', type: 'timestamptz', nullable: true }) distributedAt!: Date | null;
  /** Để biết: told by the distribution, without responsibility (visibility, "Văn bản để biết"). */
  @Column({ name: 'for_information_department_ids', type: 'uuid', array: true }) forInformationDepartmentIds!: string[];
  @Column({ name: 'for_information_user_ids', type: 'uuid', array: true }) forInformationUserIds!: string[];
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId!: string | null;
  @Column({ name: 'assigned_by', type: 'uuid', nullable: true }) assignedBy!: string | null;
  /** The leader named in the current submission (phiếu trình). */
  @Column({ name: 'leader_id', type: 'uuid', nullable: true }) leaderId!: string | null;
  @Column({ name: 'initialled_by', type: 'uuid', nullable: true }) initialledBy!: string | null;
  @Column({ name: 'signer_id', type: 'uuid', nullable: true }) signerId!: string | null;
  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true }) signedAt!: Date | null;
  @Column({ name: 'outgoing_number', type: 'integer', nullable: true }) outgoingNumber!: number | null;
  @Column({ name: 'outgoing_year', type: 'integer', nullable: true }) outgoingYear!: number | null;
  @Column({ name: 'outgoing_document_type', type: 'varchar', length: 64, nullable: true }) outgoingDocumentType!: string | null;
  @Column({ type: 'text', nullable: true }) symbol!: string | null;
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true }) issuedAt!: Date | null;
  @Column({ name: 'issued_on', type: 'date', nullable: true }) issuedOn!: string | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  /** Everyone on the document's path (confidentiality filtering). */
  @Column({ type: 'uuid', array: true }) path!: string[];
  /** `documentDeadlines(state)`: each applicable clock with due, doneAt, state. */
  @Column({ type: 'jsonb' }) deadlines!: Record<string, { due: string; doneAt: string | null; state: string; calendarVersion: string }>;
  /** Earliest due day among the clocks still pending; null when none is. */
  @Column({ name: 'next_due', type: 'date', nullable: true }) nextDue!: string | null;
  /** Once issued: early | on_time | late. */
  @Column({ type: 'varchar', length: 8, nullable: true }) completion!: string | null;
  @Column({ type: 'jsonb' }) state!: Record<string, unknown>;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: string;
}

/** `rm_document_search`: the folded text `q` searches (excerpt, symbol, agency), written once at registration. */
@Entity({ name: 'rm_document_search' })
export class DocumentSearchRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'search_text', type: 'text' }) searchText!: string;
}
