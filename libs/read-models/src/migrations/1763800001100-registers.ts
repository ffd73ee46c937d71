import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models `incoming-register.v1` and `outgoing-register.v1`: the registers of ND30 Appendix IV,
 * one row per number of a yearly series, voided numbers included, so that the register has no gap.
 */
export class Registers1763800001100 implements MigrationInterface {
  name = 'Registers1763800001100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_incoming_register (
      year integer NOT NULL,
      series varchar(16) NOT NULL,
      number integer NOT NULL,
      status varchar(16) NOT NULL,
      document_id uuid,
      reserved_at timestamptz,
      used boolean NOT NULL,
      voided boolean NOT NULL,
      void_reason text,
      received_at timestamptz,
      registered_at timestamptz,
      source_agency text,
      source_symbol text,
      source_issued_date date,
      document_type text,
      excerpt text,
      urgency varchar(16),
      confidentiality varchar(16),
      sealed_for_user_id uuid,
      department_id uuid,
      assignee_id uuid,
      distributed_at timestamptz,
      path uuid[] NOT NULL,
      last_position bigint NOT NULL,
      PRIMARY KEY (year, series, number))`);
    await db.query('CREATE INDEX rm_incoming_register_document ON rm_incoming_register (document_id)');
    await db.query(`CREATE TABLE rm_outgoing_register (
      year integer NOT NULL,
      series varchar(16) NOT NULL,
      number integer NOT NULL,
      status varchar(16) NOT NULL,
      document_id uuid,
      reserved_at timestamptz,
      used boolean NOT NULL,
      voided boolean NOT NULL,
      void_reason text,
      symbol text,
      issued_at timestamptz,
      issued_by uuid,
      document_type varchar(64),
      excerpt text,
      signer_id uuid,
      signs_as varchar(16),
      recipients jsonb,
      copies integer,
      responsible_specialist_id uuid,
      file_code text,
      archived_at timestamptz,
      last_position bigint NOT NULL,
      PRIMARY KEY (year, series, number))`);
    await db.query('CREATE INDEX rm_outgoing_register_document ON rm_outgoing_register (document_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_outgoing_register');
    await db.query('DROP TABLE rm_incoming_register');
  }
}
