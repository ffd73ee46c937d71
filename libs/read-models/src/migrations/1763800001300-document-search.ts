import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search text of `document-summaries.v1` moves to a table of its own, written once when a
 * document is registered: a summary row changes at every step, and every such update used to add
 * a new version's trigrams to the GIN index (and its pending-list flushes showed as live-lag spikes).
 */
export class DocumentSearch1763800001300 implements MigrationInterface {
  name = 'DocumentSearch1763800001300';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE TABLE rm_document_search (id uuid PRIMARY KEY, search_text text NOT NULL)');
    await db.query('INSERT INTO rm_document_search (id, search_text) SELECT id, search_text FROM rm_document_summaries');
    await db.query('DROP INDEX IF EXISTS rm_document_summaries_search');
    await db.query('ALTER TABLE rm_document_summaries DROP COLUMN search_text');
    await db.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX rm_document_search_text ON rm_document_search USING gin (search_text gin_trgm_ops);
      END IF; END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE rm_document_summaries ADD COLUMN search_text text NOT NULL DEFAULT ''`);
    await db.query('UPDATE rm_document_summaries d SET search_text = s.search_text FROM rm_document_search s WHERE s.id = d.id');
    await db.query('ALTER TABLE rm_document_summaries ALTER COLUMN search_text DROP DEFAULT');
    await db.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX rm_document_summaries_search ON rm_document_summaries USING gin (search_text gin_trgm_ops);
      END IF; END $$`);
    await db.query('DROP TABLE rm_document_search');
  }
}
