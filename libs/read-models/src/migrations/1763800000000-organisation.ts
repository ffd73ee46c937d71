import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Organisation1763800000000 implements MigrationInterface {
  name = 'Organisation1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE org_departments (
      id uuid PRIMARY KEY,
      code varchar(16) NOT NULL UNIQUE,
      name varchar(200) NOT NULL)`);
    await db.query(`CREATE TABLE org_users (
      id uuid PRIMARY KEY,
      username varchar(64) NOT NULL UNIQUE,
      full_name varchar(200) NOT NULL,
      roles text[] NOT NULL,
      department_id uuid REFERENCES org_departments(id),
      password_hash varchar(255) NOT NULL)`);
    await db.query(`CREATE TABLE org_fields (
      code varchar(16) PRIMARY KEY,
      name varchar(200) NOT NULL,
      department_id uuid NOT NULL REFERENCES org_departments(id),
      office_leader_id uuid NOT NULL REFERENCES org_users(id),
      committee_leader_id uuid NOT NULL REFERENCES org_users(id))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE org_fields');
    await db.query('DROP TABLE org_users');
    await db.query('DROP TABLE org_departments');
  }
}
