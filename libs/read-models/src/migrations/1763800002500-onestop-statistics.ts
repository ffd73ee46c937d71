import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the one-stop statistics, the QĐ 766 panel and the overdue list (libs/read-models
 * onestop/statistics), measured on 200,000 dossiers a year:
 * - each received dossier's time in progress as a range, so that "in progress at instant T" (the
 *   dossiers carried over into a period, those still open at its end) is a GiST probe rather than
 *   a scan of every dossier received before T; the expression is IN_PROGRESS of dossier-period.ts;
 * - the late results, by the instant they reached the desk, for the overdue list of a period.
 */
export class OnestopStatistics1763800002500 implements MigrationInterface {
  name = 'OnestopStatistics1763800002500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX rm_dossiers_in_progress ON rm_dossiers
      USING gist (tstzrange(received_at,
        CASE WHEN LEAST(result_at_desk_at, withdrawn_at, stopped_at) IS NOT NULL THEN GREATEST(received_at, LEAST(result_at_desk_at, withdrawn_at, stopped_at)) END, '[)'))
      WHERE received_at IS NOT NULL`);
    await db.query(`CREATE INDEX rm_dossiers_late ON rm_dossiers (result_at_desk_at) WHERE classification = 'late'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX rm_dossiers_late');
    await db.query('DROP INDEX rm_dossiers_in_progress');
  }
}
