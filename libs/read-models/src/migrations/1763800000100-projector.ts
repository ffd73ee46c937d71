import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Projector1763800000100 implements MigrationInterface {
  name = 'Projector1763800000100';

  async up(db: QueryRunner): Promise<void> {
    // One row per projection: its checkpoint moves in the same transaction as its rows.
    await db.query(`CREATE TABLE projection_checkpoints (
      name varchar(100) PRIMARY KEY,
      position bigint NOT NULL DEFAULT -1,
      status varchar(16) NOT NULL DEFAULT 'running',
      error text,
      failed_position bigint,
      updated_at timestamptz NOT NULL DEFAULT now())`);
    // Each projector process says it is alive; /health reads this, so API and projector may run apart.
    await db.query(`CREATE TABLE projector_heartbeats (
      instance_id varchar(100) PRIMARY KEY,
      projections text[] NOT NULL,
      head_position bigint NOT NULL DEFAULT -1,
      beat_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE projector_heartbeats');
    await db.query('DROP TABLE projection_checkpoints');
  }
}
