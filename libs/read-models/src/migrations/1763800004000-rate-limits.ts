import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimits1763800004000 implements MigrationInterface {
  name = 'RateLimits1763800004000';

  async up(db: QueryRunner): Promise<void> {
    // In PostgreSQL, not process memory: every API instance (and cluster worker) counts against the same limit.
    await db.query(`CREATE TABLE api_rate_limit_counters (
      bucket varchar(60) NOT NULL,
      key varchar(300) NOT NULL,
      window_start timestamptz NOT NULL,
      hits integer NOT NULL,
      PRIMARY KEY (bucket, key))`);
    await db.query('CREATE INDEX api_rate_limit_counters_window_start ON api_rate_limit_counters (window_start)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE api_rate_limit_counters');
  }
}
