import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Committee's work programme (chương trình công tác, QC Art. 8): `programme.v1` writes
 * rm_programmes (one per period) and rm_programme_items (one per item, slips returned included).
 */
export class Programme1763800022000 implements MigrationInterface {
  name = 'Programme1763800022000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_programmes (
      id varchar(10) PRIMARY KEY,
      kind varchar(8) NOT NULL,
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      status varchar(20) NOT NULL,
      draft_due date NOT NULL,
      draft_submitted_at timestamptz,
      draft_late boolean,
      approved_at timestamptz,
      approved_by uuid,
      return_reason text,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
    await db.query(`CREATE TABLE rm_programme_items (
      id uuid PRIMARY KEY,
      period varchar(10) NOT NULL,
      title text NOT NULL,
      agency_name text NOT NULL,
      agency_department_id uuid,
      leader_id uuid NOT NULL,
      paper_kind varchar(16) NOT NULL,
      due varchar(8) NOT NULL,
      due_date date NOT NULL,
      original_due varchar(8) NOT NULL,
      status varchar(20) NOT NULL,
      note text,
      proposed_by uuid NOT NULL,
      proposed_at timestamptz NOT NULL,
      slip_return_reason text,
      papers_on date,
      papers_symbol text,
      presented_on date,
      session text,
      withdrawn_reason text,
      reschedules integer NOT NULL,
      request_symbol text,
      last_position bigint NOT NULL)`);
    await db.query('CREATE INDEX rm_programme_items_period ON rm_programme_items (period)');
    await db.query('CREATE INDEX rm_programme_items_due ON rm_programme_items (due_date)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_programme_items');
    await db.query('DROP TABLE rm_programmes');
  }
}
