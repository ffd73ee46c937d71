import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['rm_document_summaries', 'rm_incoming_register'];
const COLUMNS = ['for_information_department_ids', 'for_information_user_ids'];

/**
 * Để biết (issue 16): the departments and people a distribution told for information, on the
 * document's summary (visibility, the "Văn bản để biết" list) and on its incoming-register row
 * (the recipient column). Rows written before had nobody told, so they start empty; the default
 * is dropped afterwards because the projections always write the lists.
 */
export class ForInformation1763800012000 implements MigrationInterface {
  name = 'ForInformation1763800012000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      for (const column of COLUMNS) {
        await db.query(`ALTER TABLE ${table} ADD COLUMN ${column} uuid[] NOT NULL DEFAULT '{}'`);
        await db.query(`ALTER TABLE ${table} ALTER COLUMN ${column} DROP DEFAULT`);
      }
    }
    // "Sent to me (or my department) for information": array containment, answered by GIN.
    await db.query('CREATE INDEX rm_document_summaries_for_information_users ON rm_document_summaries USING gin (for_information_user_ids)');
    await db.query('CREATE INDEX rm_document_summaries_for_information_departments ON rm_document_summaries USING gin (for_information_department_ids)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX rm_document_summaries_for_information_departments');
    await db.query('DROP INDEX rm_document_summaries_for_information_users');
    for (const table of TABLES) {
      for (const column of COLUMNS) await db.query(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    }
  }
}
