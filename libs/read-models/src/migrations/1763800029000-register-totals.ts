import type { MigrationInterface, QueryRunner } from 'typeorm';

const REGISTERS = ['rm_incoming_register', 'rm_outgoing_register'];

/**
 * Issue 19 ("reads in single milliseconds"): a page of a register answered its total by counting
 * the whole series (83,000 rows for a year) on every read. Each register's projection now keeps
 * how many numbers each yearly series has, beside its rows; the totals start from the rows already
 * projected, so no rebuild is needed.
 */
export class RegisterTotals1763800029000 implements MigrationInterface {
  name = 'RegisterTotals1763800029000';

  async up(db: QueryRunner): Promise<void> {
    for (const register of REGISTERS) {
      await db.query(`CREATE TABLE ${register}_totals (
        year integer NOT NULL,
        series varchar(16) NOT NULL,
        numbers integer NOT NULL,
        PRIMARY KEY (year, series))`);
      await db.query(`INSERT INTO ${register}_totals (year, series, numbers) SELECT year, series, count(*) FROM ${register} GROUP BY year, series`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const register of [...REGISTERS].reverse()) await db.query(`DROP TABLE ${register}_totals`);
  }
}
