import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signing authority (DOMAIN.md §10): `delegations.v1` (rm_delegations, one row per delegation) and
 * `signatures.v1` (rm_signatures, each document's signature with its capacity, for the outgoing
 * register). "In force at an instant" filters by grantee and period.
 */
export class Delegations1763800016000 implements MigrationInterface {
  name = 'Delegations1763800016000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_delegations (
      id uuid PRIMARY KEY,
      kind varchar(4) NOT NULL,
      grantor_id uuid NOT NULL,
      grantee_id uuid NOT NULL,
      on_behalf_of_title text NOT NULL,
      instrument_symbol text NOT NULL,
      instrument_date date NOT NULL,
      valid_from date NOT NULL,
      valid_to date,
      field_codes text[] NOT NULL,
      document_types text[] NOT NULL,
      regulation_clause text,
      recorded_by uuid NOT NULL,
      recorded_at timestamptz NOT NULL,
      revoked_at timestamptz,
      state jsonb NOT NULL,
      last_position bigint NOT NULL
    )`);
    await db.query('CREATE INDEX rm_delegations_grantee ON rm_delegations (grantee_id, valid_from)');
    await db.query('CREATE INDEX rm_delegations_grantor ON rm_delegations (grantor_id, valid_from)');
    await db.query(`CREATE TABLE rm_signatures (
      document_id uuid PRIMARY KEY,
      signer_id uuid NOT NULL,
      signed_at timestamptz NOT NULL,
      capacity varchar(4) NOT NULL,
      on_behalf_of_id uuid,
      on_behalf_of_title text,
      delegation_id uuid,
      last_position bigint NOT NULL
    )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_signatures');
    await db.query('DROP TABLE rm_delegations');
  }
}
