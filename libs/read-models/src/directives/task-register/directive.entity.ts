import type { DirectiveState } from '@office/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Sổ theo dõi nhiệm vụ: one row per task (stream `directive-<id>`), read from the state the domain
 * folds. Days and instants are kept as the ISO text the projection reads and writes. The outcome is
 * not stored: it changes with the day, so queries compute it from `status`, `due_date` and
 * `done_on` (directiveOutcomeSql, the twin of the domain's `directiveOutcomeOn`).
 */
@Entity({ name: 'rm_directives' })
@Index('rm_directives_due', ['dueDate'])
@Index('rm_directives_leader', ['directingLeaderId'])
@Index('rm_directives_follow_up', ['followUpSpecialistId'])
@Index('rm_directives_source', ['sourceId'])
export class DirectiveRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  /** conclusion_notice | decision | official_letter | leader_instruction */
  @Column({ name: 'source_kind', type: 'varchar', length: 24 }) sourceKind!: string;
  /** The meeting of a notice, or the document cited. */
  @Column({ name: 'source_id', type: 'text' }) sourceId!: string;
  @Column({ name: 'source_symbol', type: 'text' }) sourceSymbol!: string;
  @Column({ name: 'source_date', type: 'date' }) sourceDate!: string;
  @Column({ type: 'text' }) content!: string;
  /** Cơ quan chủ trì. */
  @Column({ name: 'lead_agency', type: 'text' }) leadAgency!: string;
  @Column({ name: 'co_agencies', type: 'text', array: true }) coAgencies!: string[];
  /** Thời hạn now (after extensions); null for periodic reporting. */
  @Column({ name: 'due_date', type: 'date', nullable: true }) dueDate!: string | null;
  @Column({ name: 'original_due_date', type: 'date', nullable: true }) originalDueDate!: string | null;
  /** weekly | monthly | quarterly */
  @Column({ type: 'varchar', length: 12, nullable: true }) reporting!: string | null;
  @Column({ name: 'directing_leader_id', type: 'uuid' }) directingLeaderId!: string;
  @Column({ name: 'field_code', type: 'varchar', length: 16 }) fieldCode!: string;
  @Column({ name: 'follow_up_specialist_id', type: 'uuid' }) followUpSpecialistId!: string;
  /** DIRECTIVE_STATUSES of the domain. */
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: string;
  @Column({ name: 'registered_on', type: 'date' }) registeredOn!: string;
  @Column({ type: 'integer' }) chases!: number;
  @Column({ name: 'last_chased_at', type: 'timestamptz', nullable: true }) lastChasedAt!: string | null;
  /** The last progress report: its summary and percentage. */
  @Column({ name: 'last_progress', type: 'text', nullable: true }) lastProgress!: string | null;
  @Column({ name: 'last_percent', type: 'smallint', nullable: true }) lastPercent!: number | null;
  /** The completion report awaiting assessment or accepted, and the incoming document that carried it. */
  @Column({ name: 'completion_reported_at', type: 'timestamptz', nullable: true }) completionReportedAt!: string | null;
  @Column({ name: 'report_document_id', type: 'text', nullable: true }) reportDocumentId!: string | null;
  @Column({ name: 'report_symbol', type: 'text', nullable: true }) reportSymbol!: string | null;
  /** The day the accepted completion was reported: the yardstick of done on time / late. */
  @Column({ name: 'done_on', type: 'date', nullable: true }) doneOn!: string | null;
  /** When it was accepted, cancelled or superseded. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: string | null;
  @Column({ name: 'closed_on', type: 'date', nullable: true }) closedOn!: string | null;
  @Column({ name: 'closing_reason', type: 'text', nullable: true }) closingReason!: string | null;
  @Column({ type: 'integer' }) extensions!: number;
  @Column({ type: 'integer' }) obstacles!: number;
  @Column({ type: 'jsonb' }) state!: DirectiveState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}
