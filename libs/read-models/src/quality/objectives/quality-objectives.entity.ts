import type { QualityObjectivesState } from '@office/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Chính sách và mục tiêu chất lượng: one row per `quality-objectives-<year>` stream, keyed by the year. */
@Entity({ name: 'rm_quality_objectives' })
export class QualityObjectivesRow {
  @PrimaryColumn({ type: 'integer' }) year!: number;
  @Column({ type: 'jsonb' }) state!: QualityObjectivesState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}
