import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read model `handovers.v1` (rm_handovers): staff hand-overs on leaving a post (DOMAIN.md §9), one row per departure. */
export class Handovers1763800015000 implements MigrationInterface {
  name = 'Handovers1763800015000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_handovers (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL,
      department_id uuid,
      kind varchar(12) NOT NULL,
      last_working_day date NOT NULL,
      receiver_id uuid NOT NULL,
      decision_ref text NOT NULL,
      status varchar(12) NOT NULL,
      recorded_at timestamptz NOT NULL,
      items integer NOT NULL,
      still_held integer NOT NULL,
      signed_by_leaver boolean NOT NULL,
      signed_by_head boolean NOT NULL,
      released_at timestamptz,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
    await db.query('CREATE INDEX rm_handovers_user ON rm_handovers (user_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_handovers');
  }
}
