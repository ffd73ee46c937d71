import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one-stop desk's read models (DOMAIN.md §6): `procedure-catalogue.v1` (rm_procedures,
 * rm_procedure_versions), `dossiers.v1` (rm_dossiers and its control sheet rm_dossier_handovers)
 * and `receptions.v1` (rm_receptions: Mẫu 02 / Mẫu 03 slips given at the desk).
 */
export class Onestop1763800002000 implements MigrationInterface {
  name = 'Onestop1763800002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_procedures (
      code varchar(32) PRIMARY KEY,
      name text NOT NULL,
      field_code varchar(16) NOT NULL,
      search_text text NOT NULL,
      registered_at timestamptz NOT NULL,
      registered_by uuid NOT NULL,
      last_position bigint NOT NULL)`);
    await db.query('CREATE INDEX rm_procedures_field ON rm_procedures (field_code)');
    await db.query(`CREATE TABLE rm_procedure_versions (
      code varchar(32) NOT NULL,
      version integer NOT NULL,
      effective_from date NOT NULL,
      effective_to date,
      publishing_decision text NOT NULL,
      legal_basis jsonb NOT NULL,
      required_items jsonb NOT NULL,
      statutory_days double precision NOT NULL,
      cutoff_hour integer NOT NULL,
      fee_vnd bigint,
      online_level varchar(16) NOT NULL,
      result_type text NOT NULL,
      supplement_policy varchar(16) NOT NULL,
      steps jsonb NOT NULL,
      drafted_at timestamptz NOT NULL,
      drafted_by uuid NOT NULL,
      approved_at timestamptz,
      approved_by uuid,
      decision_ref text,
      last_position bigint NOT NULL,
      PRIMARY KEY (code, version))`);

    await db.query(`CREATE TABLE rm_dossiers (
      id uuid PRIMARY KEY,
      code varchar(32),
      register_book integer,
      sequence integer,
      procedure_code varchar(32) NOT NULL,
      procedure_name text,
      procedure_version integer,
      field_code varchar(16),
      rule_set varchar(16),
      handling_unit_id uuid,
      applicant_name text NOT NULL,
      applicant_address text,
      applicant_phone text,
      channel varchar(8),
      online boolean NOT NULL,
      portal_ref text,
      sets integer,
      submitted_at timestamptz,
      received_at timestamptz,
      received_on date,
      counts_from date,
      due date,
      new_due date,
      status varchar(24) NOT NULL,
      holder_unit_id uuid,
      holder_user_id uuid,
      path uuid[] NOT NULL,
      specialist_id uuid,
      leader_id uuid,
      transferred_at timestamptz,
      outgoing_number integer,
      outgoing_year integer,
      symbol text,
      issued_at timestamptz,
      result_at_desk_at timestamptz,
      returned_at timestamptz,
      returned_to text,
      return_method varchar(8),
      classification varchar(8),
      supplement_requests integer NOT NULL,
      supplement_requested_at timestamptz,
      supplement_policy varchar(8),
      apologies integer NOT NULL,
      apology_issued_late boolean NOT NULL,
      fee_assessed_vnd bigint,
      fee_paid_vnd bigint,
      payment_method varchar(8),
      paid_at timestamptz,
      digitised_items integer NOT NULL,
      satisfaction_score smallint,
      stopped_at timestamptz,
      stop_reason text,
      withdrawn_at timestamptz,
      withdraw_reason text,
      search_text text NOT NULL,
      pin varchar(16),
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
    // The public lookup and staff searches go by code; registers, lists and statistics by day of receipt.
    await db.query('CREATE UNIQUE INDEX rm_dossiers_code ON rm_dossiers (code) WHERE code IS NOT NULL');
    await db.query('CREATE INDEX rm_dossiers_received ON rm_dossiers (received_on, received_at)');
    await db.query('CREATE INDEX rm_dossiers_procedure ON rm_dossiers (procedure_code, received_on)');
    await db.query('CREATE INDEX rm_dossiers_field ON rm_dossiers (field_code, received_on)');
    // Queues: what a person, a unit or a leader holds, and the desk's statuses.
    await db.query('CREATE INDEX rm_dossiers_status ON rm_dossiers (status, due)');
    await db.query('CREATE INDEX rm_dossiers_holder_user ON rm_dossiers (holder_user_id) WHERE holder_user_id IS NOT NULL');
    await db.query('CREATE INDEX rm_dossiers_holder_unit ON rm_dossiers (holder_unit_id) WHERE holder_unit_id IS NOT NULL');
    await db.query('CREATE INDEX rm_dossiers_leader ON rm_dossiers (leader_id) WHERE leader_id IS NOT NULL');
    await db.query('CREATE INDEX rm_dossiers_path ON rm_dossiers USING gin (path)');

    await db.query(`CREATE TABLE rm_dossier_handovers (
      dossier_id uuid NOT NULL,
      position bigint NOT NULL,
      event_type varchar(40) NOT NULL,
      step_no integer NOT NULL,
      task text NOT NULL,
      from_user_id uuid NOT NULL,
      from_unit_id uuid,
      to_user_id uuid,
      to_unit_id uuid,
      started_at timestamptz NOT NULL,
      handed_at timestamptz NOT NULL,
      due_at timestamptz,
      outcome varchar(8),
      calendar_version text NOT NULL,
      PRIMARY KEY (dossier_id, position))`);
    // ISO compliance per step and period.
    await db.query('CREATE INDEX rm_dossier_handovers_handed ON rm_dossier_handovers (handed_at)');

    await db.query(`CREATE TABLE rm_receptions (
      id uuid PRIMARY KEY,
      kind varchar(24) NOT NULL,
      slip_number text NOT NULL,
      procedure_code varchar(32) NOT NULL,
      procedure_name text NOT NULL,
      rule_set varchar(16) NOT NULL,
      applicant_name text NOT NULL,
      applicant_address text,
      applicant_phone text,
      missing jsonb,
      reason text,
      legal_basis text,
      officer_id uuid NOT NULL,
      at timestamptz NOT NULL,
      on_day date NOT NULL,
      last_position bigint NOT NULL)`);
    await db.query('CREATE INDEX rm_receptions_day ON rm_receptions (on_day, kind)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_receptions');
    await db.query('DROP TABLE rm_dossier_handovers');
    await db.query('DROP TABLE rm_dossiers');
    await db.query('DROP TABLE rm_procedure_versions');
    await db.query('DROP TABLE rm_procedures');
  }
}
