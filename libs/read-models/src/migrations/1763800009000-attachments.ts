import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments (DOMAIN.md §11): `attachments.v1` (rm_attachments), one row per attached file. Looked up
 * by owner (the lists), by hash (garbage collection: referenced or not) and by time (the evidence pack).
 */
export class Attachments1763800009000 implements MigrationInterface {
  name = 'Attachments1763800009000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_attachments (
      attachment_id uuid PRIMARY KEY,
      owner_kind varchar(16) NOT NULL,
      owner_id uuid NOT NULL,
      purpose varchar(16) NOT NULL,
      item_code text,
      name text NOT NULL,
      media_type text NOT NULL,
      size bigint NOT NULL,
      sha256 char(64) NOT NULL,
      attached_by uuid NOT NULL,
      attached_at timestamptz NOT NULL,
      event_id uuid NOT NULL,
      position bigint NOT NULL)`);
    await db.query('CREATE INDEX rm_attachments_owner ON rm_attachments (owner_id, position)');
    await db.query('CREATE INDEX rm_attachments_sha256 ON rm_attachments (sha256)');
    await db.query('CREATE INDEX rm_attachments_attached_at ON rm_attachments (attached_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_attachments');
  }
}
