import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read model `quality-nc-proposals.v1`: the nonconformity proposals the ISO secretary decided
 * (accepted with the NC raised, or dismissed with a reason), so that a late dossier or step is
 * proposed once: open proposals are the late ones whose key has no row here.
 */
export class QualityNcProposals1763800008100 implements MigrationInterface {
  name = 'QualityNcProposals1763800008100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rm_quality_nc_proposals (
      key varchar(80) PRIMARY KEY,
      status varchar(16) NOT NULL,
      dossier_id uuid,
      document_id uuid,
      step varchar(16),
      nonconformity_id uuid,
      decided_at timestamptz NOT NULL,
      state jsonb NOT NULL,
      last_position bigint NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_quality_nc_proposals');
  }
}
