import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leaders' directives (DOMAIN.md §8): `directives.v1` (rm_directives, the task register: Sổ theo
 * dõi nhiệm vụ) and `meetings.v1` (rm_meetings, meetings and their conclusion notices).
 */
export class Directives1763800006000 implements MigrationInterface {
  name = 'Directives1763800006000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_directives (
      id uuid PRIMARY KEY,
      source_kind varchar(24) NOT NULL,
      source_id text NOT NULL,
      source_symbol text NOT NULL,
      source_date date NOT NULL,
      content text NOT NULL,
      lead_agency text NOT NULL,
      co_agencies text[] NOT NULL,
      due_date date,
      original_due_date date,
      reporting varchar(12),
      directing_leader_id uuid NOT NULL,
      field_code varchar(16) NOT NULL,
      follow_up_specialist_id uuid NOT NULL,
      status varchar(16) NOT NULL,
      registered_at timestamptz NOT NULL,
      registered_on date NOT NULL,
      chases integer NOT NULL,
      last_chased_at timestamptz,
      last_progress text,
      last_percent smallint,
      completion_reported_at timestamptz,
      report_document_id text,
      report_symbol text,
      done_on date,
      closed_at timestamptz,
      closed_on date,
      closing_reason text,
      extensions integer NOT NULL,
      obstacles integer NOT NULL,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
    await db.query('CREATE INDEX rm_directives_due ON rm_directives (due_date)');
    await db.query('CREATE INDEX rm_directives_leader ON rm_directives (directing_leader_id)');
    await db.query('CREATE INDEX rm_directives_follow_up ON rm_directives (follow_up_specialist_id)');
    await db.query('CREATE INDEX rm_directives_source ON rm_directives (source_id)');

    await db.query(`CREATE TABLE rm_meetings (
      id uuid PRIMARY KEY,
      title text NOT NULL,
      held_on date NOT NULL,
      field_code varchar(16) NOT NULL,
      presiding_leader_id uuid NOT NULL,
      specialist_id uuid NOT NULL,
      attendees text[] NOT NULL,
      status varchar(16) NOT NULL,
      conclusion_due date NOT NULL,
      drafted_at timestamptz,
      drafted_late boolean,
      excerpt text,
      directives jsonb NOT NULL,
      approved_at timestamptz,
      leader_id uuid,
      signed_at timestamptz,
      outgoing_number integer,
      outgoing_year integer,
      symbol text,
      issued_at timestamptz,
      directive_ids uuid[] NOT NULL,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_meetings');
    await db.query('DROP TABLE rm_directives');
  }
}
