import type { HandoverState } from '@office/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Sổ theo dõi bàn giao khi thay đổi nhân sự: one row per departure (stream `handover-<id>`), read
 * from the state the domain folds; the items, their outcomes and the signatures are in `state`.
 */
@Entity({ name: 'rm_handovers' })
@Index('rm_handovers_user', ['userId'])
export class HandoverRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  /** Người bàn giao. */
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId!: string | null;
  /** retire | resign | transfer */
  @Column({ type: 'varchar', length: 12 }) kind!: string;
  @Column({ name: 'last_working_day', type: 'date' }) lastWorkingDay!: string;
  @Column({ name: 'receiver_id', type: 'uuid' }) receiverId!: string;
  @Column({ name: 'decision_ref', type: 'text' }) decisionRef!: string;
  /** open | released */
  @Column({ type: 'varchar', length: 12 }) status!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: string;
  /** Items listed (handed over or not), and those still held as of the last listing. */
  @Column({ type: 'integer' }) items!: number;
  @Column({ name: 'still_held', type: 'integer' }) stillHeld!: number;
  @Column({ name: 'signed_by_leaver', type: 'boolean' }) signedByLeaver!: boolean;
  @Column({ name: 'signed_by_head', type: 'boolean' }) signedByHead!: boolean;
  @Column({ name: 'released_at', type: 'timestamptz', nullable: true }) releasedAt!: string | null;
  @Column({ type: 'jsonb' }) state!: HandoverState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}
