import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The leaders' weekly schedule (DOMAIN.md §12): `schedule.v1` writes rm_schedule_weeks (one row per
 * ISO week with its folded state) and rm_schedule_entries (one row per entry, for each leader's
 * iCalendar feed: the public entries by leader, chair or attendee, by time).
 */
export class Schedule1763800023000 implements MigrationInterface {
  name = 'Schedule1763800023000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_schedule_weeks (
      week varchar(8) PRIMARY KEY,
      status varchar(16) NOT NULL,
      published_at timestamptz,
      published_by uuid,
      state jsonb NOT NULL,
      last_position bigint NOT NULL
    )`);
    await db.query(`CREATE TABLE rm_schedule_entries (
      id uuid PRIMARY KEY,
      week varchar(8) NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      chair_leader_id uuid NOT NULL,
      leader_ids uuid[] NOT NULL,
      status varchar(16) NOT NULL,
      confidential boolean NOT NULL,
      visible boolean NOT NULL,
      version integer NOT NULL,
      entry jsonb NOT NULL,
      last_position bigint NOT NULL
    )`);
    await db.query('CREATE INDEX rm_schedule_entries_week ON rm_schedule_entries (week, starts_at)');
    await db.query('CREATE INDEX rm_schedule_entries_chair ON rm_schedule_entries (chair_leader_id, starts_at) WHERE visible');
    await db.query('CREATE INDEX rm_schedule_entries_leaders ON rm_schedule_entries USING gin (leader_ids) WHERE visible');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_schedule_entries');
    await db.query('DROP TABLE rm_schedule_weeks');
  }
}
