import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Files and archives (DOMAIN.md §9): `case-files.v1` (rm_case_files, the case files and their deposit). */
export class Records1763800014000 implements MigrationInterface {
  name = 'Records1763800014000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_case_files (
      id uuid PRIMARY KEY,
      year integer NOT NULL,
      code varchar(30) NOT NULL,
      title text NOT NULL,
      department_id uuid NOT NULL,
      responsible_id uuid NOT NULL,
      retention varchar(12) NOT NULL,
      medium varchar(8) NOT NULL,
      plan_entry_code varchar(30),
      status varchar(12) NOT NULL,
      start_date date NOT NULL,
      end_date date,
      sheet_count integer,
      item_count integer NOT NULL,
      deposit_due date,
      deposit_period varchar(7),
      opened_at timestamptz NOT NULL,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
    await db.query('CREATE INDEX rm_case_files_year_department ON rm_case_files (year, department_id)');
    await db.query('CREATE INDEX rm_case_files_deposit_due ON rm_case_files (deposit_due)');
    await db.query('CREATE INDEX rm_case_files_deposit_period ON rm_case_files (deposit_period)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_case_files');
  }
}
