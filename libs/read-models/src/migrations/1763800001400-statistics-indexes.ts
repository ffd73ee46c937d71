import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that let the weekly briefing and the ISO compliance figures read only the rows of their
 * period and the work still open, instead of every document and step of every year:
 * - the open documents (in progress, overdue, the overdue list) by next due day;
 * - the steps done, by day, carrying what the figures need so that the index alone answers.
 */
export class StatisticsIndexes1763800001400 implements MigrationInterface {
  name = 'StatisticsIndexes1763800001400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX rm_document_summaries_open ON rm_document_summaries (next_due) WHERE status NOT IN ('issued', 'archived')`);
    await db.query('DROP INDEX rm_process_steps_done');
    await db.query('CREATE INDEX rm_process_steps_done ON rm_process_steps (done_on) INCLUDE (step, state, working_days, days_late, field_code) WHERE done_on IS NOT NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX rm_document_summaries_open');
    await db.query('DROP INDEX rm_process_steps_done');
    await db.query('CREATE INDEX rm_process_steps_done ON rm_process_steps (done_on, step) WHERE done_on IS NOT NULL');
  }
}
