import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read model `quality-objectives.v1`: each year's quality policy and objectives as the domain folded them. */
export class QualityObjectives1763800013000 implements MigrationInterface {
  name = 'QualityObjectives1763800013000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_quality_objectives (
      year integer PRIMARY KEY,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_quality_objectives');
  }
}
