import type { InternalProcessState } from '@office/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Quy trình nội bộ: one row per internal process of the catalogue (stream `procedure-<code>` of an
 * entry registered as an internal process), with every version as the domain folds it. A handful of
 * rows, each read whole.
 */
@Entity({ name: 'rm_internal_processes' })
export class InternalProcessRow {
  @PrimaryColumn({ type: 'varchar', length: 32 }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'jsonb' }) state!: InternalProcessState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}
