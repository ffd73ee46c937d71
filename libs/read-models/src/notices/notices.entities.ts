import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Read model `notices.v1` (rm_notices): one row per notice to one person. Event notices come from
 * the projection (id derived from the event and the person), due-soon and overdue notices from
 * the sweep (id derived from the person, the item, the kind and the day): both idempotent.
 */
@Entity({ name: 'rm_notices' })
export class NoticeRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  /** new_work | due_soon | overdue | returned. */
  @Column({ type: 'varchar', length: 16 }) kind!: string;
  /** The stream the notice is about (`document-<id>`, `dossier-<id>`, `directive-<id>`). */
  @Column({ name: 'subject_stream', type: 'text' }) subjectStream!: string;
  /** In Vietnamese, shown as is. */
  @Column({ type: 'text' }) title!: string;
  /** Path of the item in the web app. */
  @Column({ type: 'text' }) link!: string;
  @Column({ name: 'due_on', type: 'date', nullable: true }) dueOn!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
  /** The person's choice when it was created: shown in the app, and sent by e-mail. */
  @Column({ name: 'in_app', type: 'boolean' }) inApp!: boolean;
  @Column({ name: 'by_email', type: 'boolean' }) byEmail!: boolean;
  /** The event that caused it; null for the sweep's. */
  @Column({ name: 'source_position', type: 'bigint', nullable: true }) sourcePosition!: string | null;
}

/** Each person's choice (NoticePreferencesChanged), kept by the same projection so that notices follow it in log order. */
@Entity({ name: 'rm_notice_preferences' })
export class NoticePreferenceRow {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'in_app', type: 'jsonb' }) inApp!: Record<string, boolean>;
  @Column({ type: 'jsonb' }) email!: Record<string, boolean>;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt!: Date;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: string;
}

/** What a notice needs to name its item (excerpt, code) and find its people (the specialist), folded from the item's events. */
@Entity({ name: 'rm_notice_subjects' })
export class NoticeSubjectRow {
  @PrimaryColumn({ type: 'text' }) stream!: string;
  @Column({ type: 'text' }) label!: string;
  @Column({ type: 'text' }) link!: string;
  @Column({ name: 'field_code', type: 'varchar', length: 16, nullable: true }) fieldCode!: string | null;
  @Column({ name: 'specialist_id', type: 'uuid', nullable: true }) specialistId!: string | null;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: string;
}

/**
 * The mail outbox of a notice, written by the mailer only (never rebuilt, so that a rebuild of
 * the notices never sends one twice): attempts with backoff until `sent_at`.
 */
@Entity({ name: 'notice_deliveries' })
export class NoticeDeliveryRow {
  @PrimaryColumn({ name: 'notice_id', type: 'uuid' }) noticeId!: string;
  @Column({ type: 'text' }) recipient!: string;
  @Column({ type: 'integer' }) attempts!: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz' }) nextAttemptAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
}

export const NOTICES_ENTITIES = [NoticeRow, NoticePreferenceRow, NoticeSubjectRow, NoticeDeliveryRow];
