import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisation becomes the projection of its events (stream `organisation`): users gain an
 * active flag, a forced password change and a credential in the vault; every change is a row of
 * `org_changes` with the period it was in force. Existing password hashes move to the vault under
 * the user's id, which is the id of everyone's first credential (so adopting an existing directory
 * as events finds them there).
 */
export class OrganisationHistory1763800019000 implements MigrationInterface {
  name = 'OrganisationHistory1763800019000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE org_credentials (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL,
      password_hash varchar(255) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await db.query('INSERT INTO org_credentials (id, user_id, password_hash) SELECT id, id, password_hash FROM org_users');
    await db.query(`ALTER TABLE org_users
      ADD COLUMN active boolean NOT NULL DEFAULT true,
      ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
      ADD COLUMN credential_id uuid`);
    await db.query('UPDATE org_users SET credential_id = id');
    await db.query('ALTER TABLE org_users DROP COLUMN password_hash');
    await db.query(`CREATE TABLE org_changes (
      revision bigint PRIMARY KEY,
      type varchar(40) NOT NULL,
      subject_kind varchar(16) NOT NULL,
      subject_key varchar(64) NOT NULL,
      recorded_at timestamptz NOT NULL,
      actor_id uuid NOT NULL,
      reason text NOT NULL,
      valid_from timestamptz,
      valid_to timestamptz,
      snapshot jsonb)`);
    await db.query('CREATE INDEX org_changes_subject ON org_changes (subject_kind, subject_key, valid_from)');
    await db.query(`CREATE TABLE org_meta (
      id smallint PRIMARY KEY,
      revision bigint NOT NULL)`);
    await db.query('INSERT INTO org_meta (id, revision) VALUES (1, -1)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE org_meta');
    await db.query('DROP TABLE org_changes');
    await db.query('ALTER TABLE org_users ADD COLUMN password_hash varchar(255)');
    await db.query('UPDATE org_users u SET password_hash = c.password_hash FROM org_credentials c WHERE c.id = u.credential_id');
    await db.query("UPDATE org_users SET password_hash = '' WHERE password_hash IS NULL");
    await db.query('ALTER TABLE org_users ALTER COLUMN password_hash SET NOT NULL, DROP COLUMN credential_id, DROP COLUMN must_change_password, DROP COLUMN active');
    await db.query('DROP TABLE org_credentials');
  }
}
