import type { DirectiveTerms, MeetingState } from '@office/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per meeting (stream `meeting-<id>`): its session if convened beforehand, and its conclusion notice, read from the state the domain folds. */
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
  /** The notice's clock: 3 working days after the meeting (none while a session is only convened). */
  @Column({ name: 'conclusion_due', type: 'date', nullable: true }) conclusionDue!: string | null;
  /** A session convened beforehand (SESSION_KINDS), else null. */
  @Column({ type: 'varchar', length: 32, nullable: true }) kind!: string | null;
  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true }) startsAt!: string | null;
  @Column({ type: 'text', nullable: true }) place!: string | null;
  /** When its papers are due at the members (QC Art. 9.1, the rule stored with the session). */
  @Column({ name: 'papers_due_at', type: 'timestamptz', nullable: true }) papersDueAt!: string | null;
  @Column({ name: 'papers_total', type: 'integer' }) papersTotal!: number;
  /** Registered and not yet sent to the members. */
  @Column({ name: 'papers_unsent', type: 'integer' }) papersUnsent!: number;
  /** Sent after their due instant. */
  @Column({ name: 'papers_late', type: 'integer' }) papersLate!: number;
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
