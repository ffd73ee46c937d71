import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read model `internal-processes.v1`: the catalogue's internal processes (QT-VB-01…) with every version as the domain folds them. */
export class InternalProcesses1763800026000 implements MigrationInterface {
  name = 'InternalProcesses1763800026000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_internal_processes (
      code varchar(32) PRIMARY KEY,
      name text NOT NULL,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_internal_processes');
  }
}
