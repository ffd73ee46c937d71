import type { AbsenceState } from '@office/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per absence (stream `absence-<id>`): my requests, what waits for my approval, who is away when. */
@Entity({ name: 'rm_absences' })
export class AbsenceRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'requester_id', type: 'uuid' }) requesterId!: string;
  /** Who filed it: the requester, or the clerk who recorded a leader's absence. */
  @Column({ name: 'requested_by', type: 'uuid' }) requestedBy!: string;
  /** The requester's department when asked (whose head approves); null for leaders. */
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId!: string | null;
  /** department_head | office_chief | recorded */
  @Column({ type: 'varchar', length: 16 }) route!: string;
  /** requested | approved | recorded | refused | cancelled */
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ name: 'from_date', type: 'date' }) fromDate!: string;
  @Column({ name: 'to_date', type: 'date' }) toDate!: string;
  @Column({ type: 'jsonb' }) state!: AbsenceState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}

export const ABSENCES_ENTITIES = [AbsenceRow];
