import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Absences (nghỉ phép, công tác; QC Art. 16): `absences.v1` (rm_absences, one row per absence).
 * "Who is away on a day" and the month's calendar filter by period; the approvals by route and status.
 */
export class Absences1763800025000 implements MigrationInterface {
  name = 'Absences1763800025000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_absences (
      id uuid PRIMARY KEY,
      requester_id uuid NOT NULL,
      requested_by uuid NOT NULL,
      department_id uuid,
      route varchar(16) NOT NULL,
      status varchar(16) NOT NULL,
      from_date date NOT NULL,
      to_date date NOT NULL,
      state jsonb NOT NULL,
      last_position bigint NOT NULL
    )`);
    await db.query('CREATE INDEX rm_absences_period ON rm_absences (from_date, to_date)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_absences');
  }
}
