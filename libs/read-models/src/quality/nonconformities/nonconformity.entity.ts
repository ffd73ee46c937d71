import type { NonconformityState } from '@office/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Sổ theo dõi điểm không phù hợp và hành động khắc phục: one row per `nonconformity-<id>` stream. */
@Entity({ name: 'rm_quality_nonconformities' })
@Index('rm_quality_nonconformities_action_due', ['actionDueOn'])
export class NonconformityRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  /** audit | complaint | kpi | inspection */
  @Column({ type: 'varchar', length: 16 }) source!: string;
  @Column({ name: 'source_ref', type: 'text' }) sourceRef!: string;
  @Column({ name: 'procedure_code', type: 'varchar', length: 32, nullable: true }) procedureCode!: string | null;
  /** raised | analysed | action_planned | implemented | verified | closed */
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ name: 'raised_at', type: 'timestamptz' }) raisedAt!: string;
  /** The current action's owner and due date, while one is planned. */
  @Column({ name: 'action_owner_id', type: 'uuid', nullable: true }) actionOwnerId!: string | null;
  @Column({ name: 'action_due_on', type: 'date', nullable: true }) actionDueOn!: string | null;
  @Column({ type: 'jsonb' }) state!: NonconformityState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}
