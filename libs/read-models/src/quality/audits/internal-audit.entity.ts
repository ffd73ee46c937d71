import type { InternalAuditState } from '@office/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Chương trình đánh giá nội bộ: one row per `internal-audit-<id>` stream. */
@Entity({ name: 'rm_quality_audits' })
@Index('rm_quality_audits_year', ['year'])
export class InternalAuditRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'integer' }) year!: number;
  @Column({ name: 'planned_on', type: 'date' }) plannedOn!: string;
  /** planned | approved | conducted | reported | closed */
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ name: 'conducted_on', type: 'date', nullable: true }) conductedOn!: string | null;
  @Column({ type: 'jsonb' }) state!: InternalAuditState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}
