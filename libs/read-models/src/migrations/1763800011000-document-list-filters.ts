import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The documents list's filters by urgency and confidentiality (issue 16, "lists that find
 * things"): both are few-valued, but the values people filter on (hỏa tốc, thượng khẩn, mật…) are
 * rare, so a partial index over the marked documents alone stays small and answers them. The other
 * filters and sorts use the indexes of 1763800001000 (status, department, assignee, leader, field,
 * received day, next due).
 */
export class DocumentListFilters1763800011000 implements MigrationInterface {
  name = 'DocumentListFilters1763800011000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX rm_document_summaries_urgent ON rm_document_summaries (urgency, received_at) WHERE urgency <> 'normal'`);
    await db.query(`CREATE INDEX rm_document_summaries_restricted ON rm_document_summaries (confidentiality, received_at) WHERE restricted`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX rm_document_summaries_restricted');
    await db.query('DROP INDEX rm_document_summaries_urgent');
  }
}
