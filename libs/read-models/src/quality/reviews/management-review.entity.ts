import type { ManagementReviewState } from '@office/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Biên bản xem xét của lãnh đạo: one row per `management-review-<id>` stream. */
@Entity({ name: 'rm_quality_reviews' })
@Index('rm_quality_reviews_year', ['year'])
export class ManagementReviewRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'integer' }) year!: number;
  @Column({ name: 'held_on', type: 'date' }) heldOn!: string;
  /** held | confirmed */
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ type: 'jsonb' }) state!: ManagementReviewState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}
