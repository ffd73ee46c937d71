import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The folded state of a document as `process-steps.v1` needs it. */
@Entity({ name: 'rm_process_documents' })
export class ProcessDocumentRow {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' }) documentId!: string;
  @Column({ type: 'jsonb' }) state!: Record<string, unknown>;
  /** When the leader's due date was given (the `leader` clock starts there). */
  @Column({ name: 'leader_started_at', type: 'timestamptz', nullable: true }) leaderStartedAt!: Date | null;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: string;
}

/** One step (clock of DOMAIN.md §3) of one document: the facts the briefing and ISO figures are computed from. */
@Entity({ name: 'rm_process_steps' })
export class ProcessStepRow {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' }) documentId!: string;
  /** distribute | supplement | submit | issue | leader */
  @PrimaryColumn({ type: 'varchar', length: 16 }) step!: string;
  @Column({ name: 'field_code', type: 'varchar', length: 16 }) fieldCode!: string;
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId!: string | null;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId!: string | null;
  @Column({ type: 'varchar', length: 16 }) urgency!: string;
  @Column({ type: 'boolean' }) restricted!: boolean;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt!: Date;
  @Column({ name: 'started_on', type: 'date' }) startedOn!: string;
  @Column({ type: 'date' }) due!: string;
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true }) doneAt!: Date | null;
  @Column({ name: 'done_on', type: 'date', nullable: true }) doneOn!: string | null;
  /** pending | on_time | late */
  @Column({ type: 'varchar', length: 8 }) state!: string;
  /** Working days from the start day to the day it was done (the calendar in force when projected). */
  @Column({ name: 'working_days', type: 'integer', nullable: true }) workingDays!: number | null;
  /** Working days after the due day (0 when on time). */
  @Column({ name: 'days_late', type: 'integer', nullable: true }) daysLate!: number | null;
  @Column({ name: 'calendar_version', type: 'varchar', length: 100 }) calendarVersion!: string;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: string;
}
