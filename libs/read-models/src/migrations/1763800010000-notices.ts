import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notices (issue 16): `notices.v1` (rm_notices, rm_notice_preferences, rm_notice_subjects), the
 * mailer's outbox (notice_deliveries, outside the projection so a rebuild never mails twice), and
 * the staff's e-mail addresses.
 */
export class Notices1763800010000 implements MigrationInterface {
  name = 'Notices1763800010000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE org_users ADD COLUMN email varchar(254)');
    await db.query(`CREATE TABLE rm_notices (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL,
      kind varchar(16) NOT NULL,
      subject_stream text NOT NULL,
      title text NOT NULL,
      link text NOT NULL,
      due_on date,
      created_at timestamptz NOT NULL,
      read_at timestamptz,
      in_app boolean NOT NULL,
      by_email boolean NOT NULL,
      source_position bigint)`);
    // The bell: a person's notices, newest first, the unread ones counted.
    await db.query('CREATE INDEX rm_notices_user ON rm_notices (user_id, created_at DESC)');
    await db.query('CREATE INDEX rm_notices_unread ON rm_notices (user_id) WHERE read_at IS NULL AND in_app');
    // The mailer's scan: recent notices to send.
    await db.query('CREATE INDEX rm_notices_mail ON rm_notices (created_at) WHERE by_email');
    await db.query(`CREATE TABLE rm_notice_preferences (
      user_id uuid PRIMARY KEY,
      in_app jsonb NOT NULL,
      email jsonb NOT NULL,
      changed_at timestamptz NOT NULL,
      last_position bigint NOT NULL)`);
    await db.query(`CREATE TABLE rm_notice_subjects (
      stream text PRIMARY KEY,
      label text NOT NULL,
      link text NOT NULL,
      field_code varchar(16),
      specialist_id uuid,
      last_position bigint NOT NULL)`);
    await db.query(`CREATE TABLE notice_deliveries (
      notice_id uuid PRIMARY KEY,
      recipient text NOT NULL,
      attempts integer NOT NULL,
      next_attempt_at timestamptz NOT NULL,
      sent_at timestamptz,
      last_error text)`);
    await db.query('CREATE INDEX notice_deliveries_due ON notice_deliveries (next_attempt_at) WHERE sent_at IS NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE notice_deliveries');
    await db.query('DROP TABLE rm_notice_subjects');
    await db.query('DROP TABLE rm_notice_preferences');
    await db.query('DROP TABLE rm_notices');
    await db.query('ALTER TABLE org_users DROP COLUMN email');
  }
}
