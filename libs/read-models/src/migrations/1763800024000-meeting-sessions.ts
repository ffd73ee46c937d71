import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions convened before they are held (QC Art. 9.1) in `meetings.v1`: a convened session has
 * no conclusion clock yet, and carries its kind, start, place, the papers' due instant and the
 * counts of its papers (registered, not yet sent, sent late) that the lists filter by.
 */
export class MeetingSessions1763800024000 implements MigrationInterface {
  name = 'MeetingSessions1763800024000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_meetings ALTER COLUMN conclusion_due DROP NOT NULL');
    await db.query(`ALTER TABLE rm_meetings
      ADD COLUMN kind varchar(32),
      ADD COLUMN starts_at timestamptz,
      ADD COLUMN place text,
      ADD COLUMN papers_due_at timestamptz,
      ADD COLUMN papers_total integer NOT NULL DEFAULT 0,
      ADD COLUMN papers_unsent integer NOT NULL DEFAULT 0,
      ADD COLUMN papers_late integer NOT NULL DEFAULT 0`);
    await db.query('ALTER TABLE rm_meetings ALTER COLUMN papers_total DROP DEFAULT, ALTER COLUMN papers_unsent DROP DEFAULT, ALTER COLUMN papers_late DROP DEFAULT');
    await db.query('CREATE INDEX rm_meetings_papers_due ON rm_meetings (papers_due_at) WHERE papers_unsent > 0');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX rm_meetings_papers_due');
    await db.query(`ALTER TABLE rm_meetings DROP COLUMN kind, DROP COLUMN starts_at, DROP COLUMN place, DROP COLUMN papers_due_at,
      DROP COLUMN papers_total, DROP COLUMN papers_unsent, DROP COLUMN papers_late`);
    await db.query('ALTER TABLE rm_meetings ALTER COLUMN conclusion_due SET NOT NULL');
  }
}
