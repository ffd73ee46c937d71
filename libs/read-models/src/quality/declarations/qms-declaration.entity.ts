import type { QmsDeclarationState } from '@office/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Bản công bố hệ thống quản lý chất lượng phù hợp: one row per `qms-declaration-<id>` stream. */
@Entity({ name: 'rm_quality_declarations' })
export class QmsDeclarationRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'declared_on', type: 'date' }) declaredOn!: string;
  @Column({ name: 'review_id', type: 'uuid' }) reviewId!: string;
  @Column({ type: 'jsonb' }) state!: QmsDeclarationState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}
