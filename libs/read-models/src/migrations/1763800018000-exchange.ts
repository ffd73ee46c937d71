import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Inter-agency exchange (liên thông văn bản, DOMAIN.md §10): `exchange.v1`'s outbox and inbox. */
export class Exchange1763800018000 implements MigrationInterface {
  name = 'Exchange1763800018000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_exchange_outbox (
      id uuid PRIMARY KEY,
      document_id uuid NOT NULL,
      symbol text NOT NULL,
      subject text NOT NULL,
      recipients jsonb NOT NULL,
      status varchar(12) NOT NULL,
      sent_at timestamptz NOT NULL,
      sent_by uuid NOT NULL,
      reported jsonb NOT NULL,
      recalled_at timestamptz,
      recall_reason text,
      state jsonb NOT NULL,
      last_position bigint NOT NULL
    )`);
    await db.query('CREATE INDEX rm_exchange_outbox_document ON rm_exchange_outbox (document_id)');
    await db.query(`CREATE TABLE rm_exchange_inbox (
      id uuid PRIMARY KEY,
      status varchar(12) NOT NULL,
      received_at timestamptz NOT NULL,
      from_organ_id text,
      from_name text,
      symbol text,
      subject text,
      document_type text,
      promulgation_date date,
      signer text,
      priority smallint,
      due_date date,
      files jsonb NOT NULL,
      acknowledge_due date,
      statuses_sent text[] NOT NULL,
      document_id uuid,
      refusal_reason text,
      recall_reason text,
      rejection_reason text,
      rejection_errors text[] NOT NULL,
      state jsonb NOT NULL,
      last_position bigint NOT NULL
    )`);
    await db.query('CREATE INDEX rm_exchange_inbox_received ON rm_exchange_inbox (received_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_exchange_inbox');
    await db.query('DROP TABLE rm_exchange_outbox');
  }
}
