import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read model `document-summaries.v1`: one row per incoming document (GET /api/documents, /api/me/queue). */
export class DocumentSummaries1763800001000 implements MigrationInterface {
  name = 'DocumentSummaries1763800001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_document_summaries (
      id uuid PRIMARY KEY,
      incoming_number integer NOT NULL,
      incoming_year integer NOT NULL,
      series varchar(16) NOT NULL,
      status varchar(32) NOT NULL,
      source_agency text NOT NULL,
      source_symbol text NOT NULL,
      source_issued_date date NOT NULL,
      source_signer text,
      excerpt text NOT NULL,
      document_type text NOT NULL,
      field_code varchar(16) NOT NULL,
      urgency varchar(16) NOT NULL,
      urgency_rank smallint NOT NULL,
      confidentiality varchar(16) NOT NULL,
      restricted boolean NOT NULL,
      channel varchar(16) NOT NULL,
      pages integer,
      received_at timestamptz NOT NULL,
      received_on date NOT NULL,
      registered_at timestamptz NOT NULL,
      registered_by uuid NOT NULL,
      sealed_for_user_id uuid,
      department_id uuid,
      distributed_by uuid,
      distributed_at timestamptz,
      assignee_id uuid,
      assigned_by uuid,
      leader_id uuid,
      initialled_by uuid,
      signer_id uuid,
      signed_at timestamptz,
      outgoing_number integer,
      outgoing_year integer,
      outgoing_document_type varchar(64),
      symbol text,
      issued_at timestamptz,
      issued_on date,
      archived_at timestamptz,
      path uuid[] NOT NULL,
      deadlines jsonb NOT NULL,
      next_due date,
      completion varchar(8),
      search_text text NOT NULL,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
    await db.query('CREATE INDEX rm_document_summaries_status ON rm_document_summaries (status)');
    await db.query('CREATE INDEX rm_document_summaries_department ON rm_document_summaries (department_id)');
    await db.query('CREATE INDEX rm_document_summaries_assignee ON rm_document_summaries (assignee_id)');
    await db.query('CREATE INDEX rm_document_summaries_leader ON rm_document_summaries (leader_id)');
    await db.query('CREATE INDEX rm_document_summaries_field ON rm_document_summaries (field_code)');
    await db.query('CREATE INDEX rm_document_summaries_received ON rm_document_summaries (received_on, received_at)');
    await db.query('CREATE INDEX rm_document_summaries_issued ON rm_document_summaries (issued_on) WHERE issued_on IS NOT NULL');
    await db.query('CREATE INDEX rm_document_summaries_next_due ON rm_document_summaries (next_due) WHERE next_due IS NOT NULL');
    await db.query('CREATE INDEX rm_document_summaries_number ON rm_document_summaries (incoming_year, series, incoming_number)');
    // Substring search (q) uses a trigram index where pg_trgm can be installed; plain LIKE works without it.
    await db.query(`DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'pg_trgm unavailable: %', SQLERRM; END $$`);
    await db.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX rm_document_summaries_search ON rm_document_summaries USING gin (search_text gin_trgm_ops);
      END IF; END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_document_summaries');
  }
}
