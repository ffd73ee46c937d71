import type { DossierState } from '@office/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per dossier (stream `dossier-<id>`), from its online submission or reception to its
 * return. The applicant's address and phone are personal data: staff routes of the people allowed
 * only, never the public lookup. The PIN serves the public lookup only.
 */
@Entity({ name: 'rm_dossiers' })
export class DossierRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  /** `<office code>-<yymmdd>-<4-digit daily sequence>`; null while an online submission waits for the desk. */
  @Column({ type: 'varchar', length: 32, nullable: true }) code!: string | null;
  /** Quyển số (the year) and số thứ tự of the register. */
  @Column({ name: 'register_book', type: 'integer', nullable: true }) registerBook!: number | null;
  @Column({ type: 'integer', nullable: true }) sequence!: number | null;
  @Column({ name: 'procedure_code', type: 'varchar', length: 32 }) procedureCode!: string;
  @Column({ name: 'procedure_name', type: 'text', nullable: true }) procedureName!: string | null;
  @Column({ name: 'procedure_version', type: 'integer', nullable: true }) procedureVersion!: number | null;
  @Column({ name: 'field_code', type: 'varchar', length: 16, nullable: true }) fieldCode!: string | null;
  @Column({ name: 'rule_set', type: 'varchar', length: 16, nullable: true }) ruleSet!: string | null;
  /** Cơ quan chủ trì: the department handling it (of the last transfer, as the domain keeps it). */
  @Column({ name: 'handling_unit_id', type: 'uuid', nullable: true }) handlingUnitId!: string | null;
  @Column({ name: 'applicant_name', type: 'text' }) applicantName!: string;
  @Column({ name: 'applicant_address', type: 'text', nullable: true }) applicantAddress!: string | null;
  @Column({ name: 'applicant_phone', type: 'text', nullable: true }) applicantPhone!: string | null;
  /** direct | post | online */
  @Column({ type: 'varchar', length: 8, nullable: true }) channel!: string | null;
  /** Came through the public portal (submitted online or received on the online channel). */
  @Column({ type: 'boolean' }) online!: boolean;
  @Column({ name: 'portal_ref', type: 'text', nullable: true }) portalRef!: string | null;
  @Column({ type: 'integer', nullable: true }) sets!: number | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'received_at', type: 'timestamptz', nullable: true }) receivedAt!: Date | null;
  /** The day of receipt in Asia/Ho_Chi_Minh. */
  @Column({ name: 'received_on', type: 'date', nullable: true }) receivedOn!: string | null;
  @Column({ name: 'counts_from', type: 'date', nullable: true }) countsFrom!: string | null;
  /** Ngày hẹn trả: from reception, or from a supplement received (the clock restarted or resumed). */
  @Column({ type: 'date', nullable: true }) due!: string | null;
  /** The informational date of the last apology (Mẫu 04); never the yardstick of the classification. */
  @Column({ name: 'new_due', type: 'date', nullable: true }) newDue!: string | null;
  /** DOSSIER_STATUSES of the domain (dossier.state.ts). */
  @Column({ type: 'varchar', length: 24 }) status!: string;
  @Column({ name: 'holder_unit_id', type: 'uuid', nullable: true }) holderUnitId!: string | null;
  @Column({ name: 'holder_user_id', type: 'uuid', nullable: true }) holderUserId!: string | null;
  /** The people on its path (the domain's): everyone who acted on it or was handed it. */
  @Column({ type: 'uuid', array: true }) path!: string[];
  /** Chuyên viên thụ lý: the specialist it was transferred to. */
  @Column({ name: 'specialist_id', type: 'uuid', nullable: true }) specialistId!: string | null;
  /** The leader the pending submission names (cleared when a submission is returned or rejected). */
  @Column({ name: 'leader_id', type: 'uuid', nullable: true }) leaderId!: string | null;
  /** Ngày chuyển: the first hand-over, when the dossier left the desk. */
  @Column({ name: 'transferred_at', type: 'timestamptz', nullable: true }) transferredAt!: Date | null;
  @Column({ name: 'outgoing_number', type: 'integer', nullable: true }) outgoingNumber!: number | null;
  @Column({ name: 'outgoing_year', type: 'integer', nullable: true }) outgoingYear!: number | null;
  @Column({ type: 'text', nullable: true }) symbol!: string | null;
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true }) issuedAt!: Date | null;
  @Column({ name: 'result_at_desk_at', type: 'timestamptz', nullable: true }) resultAtDeskAt!: Date | null;
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true }) returnedAt!: Date | null;
  /** Who signed for the result (ký nhận). */
  @Column({ name: 'returned_to', type: 'text', nullable: true }) returnedTo!: string | null;
  @Column({ name: 'return_method', type: 'varchar', length: 8, nullable: true }) returnMethod!: string | null;
  /** early | on_time | late once the result is at the desk (final); null before: queries compute in_time/overdue as of the read. */
  @Column({ type: 'varchar', length: 8, nullable: true }) classification!: string | null;
  /** Supplement requests during processing (at most one per handling unit). */
  @Column({ name: 'supplement_requests', type: 'integer' }) supplementRequests!: number;
  /** When the supplement now awaited was asked for; null when none is awaited. */
  @Column({ name: 'supplement_requested_at', type: 'timestamptz', nullable: true }) supplementRequestedAt!: Date | null;
  /** restart | pause: what the awaited supplement does to the clock. */
  @Column({ name: 'supplement_policy', type: 'varchar', length: 8, nullable: true }) supplementPolicy!: string | null;
  @Column({ type: 'integer' }) apologies!: number;
  @Column({ name: 'apology_issued_late', type: 'boolean' }) apologyIssuedLate!: boolean;
  @Column({ name: 'fee_assessed_vnd', type: 'bigint', nullable: true }) feeAssessedVnd!: string | null;
  @Column({ name: 'fee_paid_vnd', type: 'bigint', nullable: true }) feePaidVnd!: string | null;
  /** cash | transfer | online */
  @Column({ name: 'payment_method', type: 'varchar', length: 8, nullable: true }) paymentMethod!: string | null;
  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true }) paidAt!: Date | null;
  /** Items digitised (QĐ 766); 0 when none. */
  @Column({ name: 'digitised_items', type: 'integer' }) digitisedItems!: number;
  @Column({ name: 'satisfaction_score', type: 'smallint', nullable: true }) satisfactionScore!: number | null;
  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true }) stoppedAt!: Date | null;
  @Column({ name: 'stop_reason', type: 'text', nullable: true }) stopReason!: string | null;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ name: 'withdraw_reason', type: 'text', nullable: true }) withdrawReason!: string | null;
  /** Code, procedure and applicant's name folded for search (foldForSearch). */
  @Column({ name: 'search_text', type: 'text' }) searchText!: string;
  /** Mã tra cứu of the appointment slip: the public lookup only. */
  @Column({ type: 'varchar', length: 16, nullable: true }) pin!: string | null;
  /** The state the domain folds (evolveDossier): the projection resumes from it. */
  @Column({ type: 'jsonb' }) state!: DossierState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: string;
}

/** One row of a dossier's control sheet (Phiếu kiểm soát quá trình): the hand-over an event carried. */
@Entity({ name: 'rm_dossier_handovers' })
export class DossierHandoverRow {
  @PrimaryColumn({ name: 'dossier_id', type: 'uuid' }) dossierId!: string;
  /** Global position of the event that carried it. */
  @PrimaryColumn({ type: 'bigint' }) position!: string;
  @Column({ name: 'event_type', type: 'varchar', length: 40 }) eventType!: string;
  @Column({ name: 'step_no', type: 'integer' }) stepNo!: number;
  @Column({ type: 'text' }) task!: string;
  @Column({ name: 'from_user_id', type: 'uuid' }) fromUserId!: string;
  @Column({ name: 'from_unit_id', type: 'uuid', nullable: true }) fromUnitId!: string | null;
  @Column({ name: 'to_user_id', type: 'uuid', nullable: true }) toUserId!: string | null;
  @Column({ name: 'to_unit_id', type: 'uuid', nullable: true }) toUnitId!: string | null;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt!: Date;
  @Column({ name: 'handed_at', type: 'timestamptz' }) handedAt!: Date;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt!: Date | null;
  /** early | on_time | late; null for a step the process does not time. */
  @Column({ type: 'varchar', length: 8, nullable: true }) outcome!: string | null;
  @Column({ name: 'calendar_version', type: 'text' }) calendarVersion!: string;
}
