import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Idempotency1763800000200 implements MigrationInterface {
  name = 'Idempotency1763800000200';

  async up(db: QueryRunner): Promise<void> {
    // In PostgreSQL, not process memory: any API instance behind the load balancer answers a retry the same way.
    await db.query(`CREATE TABLE api_idempotency_records (
      user_id uuid NOT NULL,
      idempotency_key varchar(200) NOT NULL,
      request_hash char(64) NOT NULL,
      status_code smallint NOT NULL,
      response jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, idempotency_key))`);
    await db.query('CREATE INDEX api_idempotency_records_created_at ON api_idempotency_records (created_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE api_idempotency_records');
  }
}
