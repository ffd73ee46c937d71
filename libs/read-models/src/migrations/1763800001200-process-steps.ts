import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read model `process-steps.v1`: one row per document and clock of DOMAIN.md §3 (distribute,
 * supplement, submit, issue, leader) with its start, due day, completion and working days, so
 * that the weekly briefing and the ISO compliance figures are set-based SQL.
 */
export class ProcessSteps1763800001200 implements MigrationInterface {
  name = 'ProcessSteps1763800001200';

  async up(db: QueryRunner): Promise<void> {
    // The folded state of each document, for this projection alone (it never reads another read model).
    await db.query(`CREATE TABLE rm_process_documents (
      document_id uuid PRIMARY KEY,
      state jsonb NOT NULL,
      leader_started_at timestamptz,
      last_position bigint NOT NULL)`);
    await db.query(`CREATE TABLE rm_process_steps (
      document_id uuid NOT NULL,
      step varchar(16) NOT NULL,
      field_code varchar(16) NOT NULL,
      department_id uuid,
      assignee_id uuid,
      urgency varchar(16) NOT NULL,
      restricted boolean NOT NULL,
      started_at timestamptz NOT NULL,
      started_on date NOT NULL,
      due date NOT NULL,
      done_at timestamptz,
      done_on date,
      state varchar(8) NOT NULL,
      working_days integer,
      days_late integer,
      calendar_version varchar(100) NOT NULL,
      last_position bigint NOT NULL,
      PRIMARY KEY (document_id, step))`);
    await db.query('CREATE INDEX rm_process_steps_done ON rm_process_steps (done_on, step) WHERE done_on IS NOT NULL');
    await db.query('CREATE INDEX rm_process_steps_open ON rm_process_steps (due, step) WHERE done_at IS NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_process_steps');
    await db.query('DROP TABLE rm_process_documents');
  }
}
