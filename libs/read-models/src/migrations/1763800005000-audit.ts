import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read model `access-log.v1` (who read what, when: every auditor's read and every read of a
 * confidential document), and the stream heads as of the latest published digest, kept so that
 * each day's digest reads only the events since the previous one and so that verification can
 * name the stream whose head no longer matches.
 */
export class Audit1763800005000 implements MigrationInterface {
  name = 'Audit1763800005000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE audit_access_log (
      event_id uuid PRIMARY KEY,
      position bigint NOT NULL,
      stream_id text NOT NULL,
      at timestamptz NOT NULL,
      user_id text NOT NULL,
      role text NOT NULL,
      kind varchar(16) NOT NULL,
      document_id text,
      view text NOT NULL,
      because varchar(16) NOT NULL,
      query text)`);
    await db.query('CREATE INDEX audit_access_log_at ON audit_access_log (at, position)');
    await db.query('CREATE INDEX audit_access_log_user ON audit_access_log (user_id, at)');
    await db.query('CREATE INDEX audit_access_log_document ON audit_access_log (document_id, at) WHERE document_id IS NOT NULL');
    await db.query(`CREATE TABLE audit_digest_heads (
      stream_id text COLLATE "C" PRIMARY KEY,
      revision bigint NOT NULL,
      hash char(64) NOT NULL,
      position bigint NOT NULL)`);
    await db.query(`CREATE TABLE audit_digest_state (
      id smallint PRIMARY KEY CHECK (id = 1),
      head_position bigint NOT NULL,
      events bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_digest_state');
    await db.query('DROP TABLE audit_digest_heads');
    await db.query('DROP TABLE audit_access_log');
  }
}
