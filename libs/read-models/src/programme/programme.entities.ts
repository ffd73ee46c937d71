import type { OpenProgramme } from '@office/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/*
 * The work programme (chương trình công tác, QC Art. 8) as the pages and the report read it,
 * from the state the domain folds of each `programme-<period>` stream: one row per programme, one
 * per item. Where an item stands (on time, late, overdue…) changes with the day: the queries
 * compute it (programmeStandingSql), it is not stored.
 */

/** One programme: its period, status, the draft's due day and lateness (QC 8.1), the approval. */
@Entity({ name: 'rm_programmes' })
export class ProgrammeRow {
  /** The period key: `2026`, `2026-Q1`, `2026-03`. */
  @PrimaryColumn({ type: 'varchar', length: 10 }) id!: string;
  /** year | quarter | month */
  @Column({ type: 'varchar', length: 8 }) kind!: string;
  @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn!: string;
  /** PROGRAMME_STATUSES of the domain. */
  @Column({ type: 'varchar', length: 20 }) status!: string;
  @Column({ name: 'draft_due', type: 'date' }) draftDue!: string;
  @Column({ name: 'draft_submitted_at', type: 'timestamptz', nullable: true }) draftSubmittedAt!: string | null;
  /** The draft first reached the chief after its due day (or is still not there after it: the queries say so). */
  @Column({ name: 'draft_late', type: 'boolean', nullable: true }) draftLate!: boolean | null;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt!: string | null;
  @Column({ name: 'approved_by', type: 'uuid', nullable: true }) approvedBy!: string | null;
  /** The last reason the draft was sent back, while it is being drafted again. */
  @Column({ name: 'return_reason', type: 'text', nullable: true }) returnReason!: string | null;
  @Column({ type: 'jsonb' }) state!: OpenProgramme;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}

/** One item (nội dung) of a programme, slips returned included. */
@Entity({ name: 'rm_programme_items' })
@Index('rm_programme_items_period', ['period'])
@Index('rm_programme_items_due', ['dueDate'])
export class ProgrammeItemRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  /** The programme (stream) it was proposed to. */
  @Column({ type: 'varchar', length: 10 }) period!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'agency_name', type: 'text' }) agencyName!: string;
  @Column({ name: 'agency_department_id', type: 'uuid', nullable: true }) agencyDepartmentId!: string | null;
  @Column({ name: 'leader_id', type: 'uuid' }) leaderId!: string;
  @Column({ name: 'paper_kind', type: 'varchar', length: 16 }) paperKind!: string;
  /** The month or ISO week it is due now, and its last working day. */
  @Column({ type: 'varchar', length: 8 }) due!: string;
  @Column({ name: 'due_date', type: 'date' }) dueDate!: string;
  @Column({ name: 'original_due', type: 'varchar', length: 8 }) originalDue!: string;
  /** PROGRAMME_ITEM_STATUSES of the domain. */
  @Column({ type: 'varchar', length: 20 }) status!: string;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'proposed_by', type: 'uuid' }) proposedBy!: string;
  @Column({ name: 'proposed_at', type: 'timestamptz' }) proposedAt!: string;
  @Column({ name: 'slip_return_reason', type: 'text', nullable: true }) slipReturnReason!: string | null;
  @Column({ name: 'papers_on', type: 'date', nullable: true }) papersOn!: string | null;
  @Column({ name: 'papers_symbol', type: 'text', nullable: true }) papersSymbol!: string | null;
  @Column({ name: 'presented_on', type: 'date', nullable: true }) presentedOn!: string | null;
  @Column({ type: 'text', nullable: true }) session!: string | null;
  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true }) withdrawnReason!: string | null;
  @Column({ type: 'integer' }) reschedules!: number;
  /** The agency's written request behind the last change of date (QC 9.1). */
  @Column({ name: 'request_symbol', type: 'text', nullable: true }) requestSymbol!: string | null;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}

export const PROGRAMME_ENTITIES = [ProgrammeRow, ProgrammeItemRow];
