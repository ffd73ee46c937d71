import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ISO quality management system (DOMAIN.md §7): the legal-change log, the NC/CA log, internal
 * audits, management reviews and conformity declarations, one row per stream with its folded state.
 */
export class Quality1763800007000 implements MigrationInterface {
  name = 'Quality1763800007000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_quality_legal_changes (
      id uuid PRIMARY KEY,
      doc_symbol text NOT NULL,
      effective_from date NOT NULL,
      due_on date NOT NULL,
      done_on date,
      procedure_codes text[] NOT NULL,
      status varchar(16) NOT NULL,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
    await db.query('CREATE INDEX rm_quality_legal_changes_due ON rm_quality_legal_changes (due_on)');
    await db.query(`CREATE TABLE rm_quality_nonconformities (
      id uuid PRIMARY KEY,
      source varchar(16) NOT NULL,
      source_ref text NOT NULL,
      procedure_code varchar(32),
      status varchar(16) NOT NULL,
      raised_at timestamptz NOT NULL,
      action_owner_id uuid,
      action_due_on date,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
    await db.query('CREATE INDEX rm_quality_nonconformities_action_due ON rm_quality_nonconformities (action_due_on)');
    await db.query(`CREATE TABLE rm_quality_audits (
      id uuid PRIMARY KEY,
      year integer NOT NULL,
      planned_on date NOT NULL,
      status varchar(16) NOT NULL,
      conducted_on date,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
    await db.query('CREATE INDEX rm_quality_audits_year ON rm_quality_audits (year)');
    await db.query(`CREATE TABLE rm_quality_reviews (
      id uuid PRIMARY KEY,
      year integer NOT NULL,
      held_on date NOT NULL,
      status varchar(16) NOT NULL,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
    await db.query('CREATE INDEX rm_quality_reviews_year ON rm_quality_reviews (year)');
    await db.query(`CREATE TABLE rm_quality_declarations (
      id uuid PRIMARY KEY,
      declared_on date NOT NULL,
      review_id uuid NOT NULL,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['rm_quality_declarations', 'rm_quality_reviews', 'rm_quality_audits', 'rm_quality_nonconformities', 'rm_quality_legal_changes']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
