import type { DecidedNcProposal } from '@office/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The decided nonconformity proposals: one row per `nc-proposal-<key>` stream. Open proposals have
 * no row: they are the late dossiers and steps that have none (NcProposalQueries).
 */
@Entity({ name: 'rm_quality_nc_proposals' })
export class NcProposalRow {
  /** `dossier.<id>` or `step.<document id>.<step>`. */
  @PrimaryColumn({ type: 'varchar', length: 80 }) key!: string;
  /** accepted | dismissed */
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ name: 'dossier_id', type: 'uuid', nullable: true }) dossierId!: string | null;
  @Column({ name: 'document_id', type: 'uuid', nullable: true }) documentId!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) step!: string | null;
  /** The nonconformity an accepted proposal raised. */
  @Column({ name: 'nonconformity_id', type: 'uuid', nullable: true }) nonconformityId!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz' }) decidedAt!: string;
  @Column({ type: 'jsonb' }) state!: DecidedNcProposal;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}
