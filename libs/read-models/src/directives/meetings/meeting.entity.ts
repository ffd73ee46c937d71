import type { DirectiveTerms, MeetingState } from '@office/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per meeting (stream `meeting-<id>`) and its conclusion notice, read from the state the domain folds. */
@Entity({ name: 'rm_meetings' })
export class MeetingRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn!: string;
  @Column({ name: 'field_code', type: 'varchar', length: 16 }) fieldCode!: string;
  @Column({ name: 'presiding_leader_id', type: 'uuid' }) presidingLeaderId!: string;
  @Column({ name: 'specialist_id', type: 'uuid' }) specialistId!: string;
  @Column({ type: 'text', array: true }) attendees!: string[];
  /** MEETING_STATUSES of the domain. */
  @Column({ type: 'varchar', length: 16 }) status!: string;
  /** The notice's clock: 3 working days after the meeting. */
  @Column({ name: 'conclusion_due', type: 'date' }) conclusionDue!: string;
  @Column({ name: 'drafted_at', type: 'timestamptz', nullable: true }) draftedAt!: string | null;
  /** Drafted after the clock (never refused, recorded). */
  @Column({ name: 'drafted_late', type: 'boolean', nullable: true }) draftedLate!: boolean | null;
  @Column({ type: 'text', nullable: true }) excerpt!: string | null;
  /** The directives of the current draft. */
  @Column({ type: 'jsonb' }) directives!: DirectiveTerms[];
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt!: string | null;
  /** The leader the pending submission names. */
  @Column({ name: 'leader_id', type: 'uuid', nullable: true }) leaderId!: string | null;
  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true }) signedAt!: string | null;
  @Column({ name: 'outgoing_number', type: 'integer', nullable: true }) outgoingNumber!: number | null;
  @Column({ name: 'outgoing_year', type: 'integer', nullable: true }) outgoingYear!: number | null;
  @Column({ type: 'text', nullable: true }) symbol!: string | null;
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true }) issuedAt!: string | null;
  /** The tasks the issued notice gave, in the order of its directives. */
  @Column({ name: 'directive_ids', type: 'uuid', array: true }) directiveIds!: string[];
  @Column({ type: 'jsonb' }) state!: MeetingState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}
