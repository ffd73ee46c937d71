import type { ScheduleEntry, ScheduleWeekState } from '@office/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per week's schedule (stream `schedule-week-<week>`): the folded state, for the week views. */
@Entity({ name: 'rm_schedule_weeks' })
export class ScheduleWeekRow {
  /** ISO week, `2026-W49`. */
  @PrimaryColumn({ type: 'varchar', length: 8 }) week!: string;
  /** draft | published. */
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: string | null;
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy!: string | null;
  @Column({ type: 'jsonb' }) state!: ScheduleWeekState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}

/** One row per entry, for the leaders' feeds across weeks: only `visible` rows are ever public (indexes: the migration). */
@Entity({ name: 'rm_schedule_entries' })
export class ScheduleEntryRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'varchar', length: 8 }) week!: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: string;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: string;
  @Column({ name: 'chair_leader_id', type: 'uuid' }) chairLeaderId!: string;
  @Column({ name: 'leader_ids', type: 'uuid', array: true }) leaderIds!: string[];
  /** planned | cancelled. */
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ type: 'boolean' }) confidential!: boolean;
  /** The week is published and the entry is not confidential: it is on the public page and in the feeds. */
  @Column({ type: 'boolean' }) visible!: boolean;
  /** The entry's version: the feed's SEQUENCE grows with it. */
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'jsonb' }) entry!: ScheduleEntry;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}

export const SCHEDULE_ENTITIES = [ScheduleWeekRow, ScheduleEntryRow];
