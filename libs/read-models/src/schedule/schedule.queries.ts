import type { DataSource } from 'typeorm';
import { ScheduleEntryRow, ScheduleWeekRow } from './schedule.entities';

/** The schedule's reads: a week (staff and public views are shaped by the API from its state), and a leader's public entries. */
export class ScheduleQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The week's row, or null when nothing is written in it yet. */
  async week(week: string): Promise<ScheduleWeekRow | null> {
    return this.dataSource.getRepository(ScheduleWeekRow).findOneBy({ week });
  }

  /**
   * The public entries (published week, not confidential; cancelled ones too, so that a
   * subscriber's calendar learns of the cancellation) a leader chairs or attends, starting at or
   * after `from`, in time order; at most `limit`.
   */
  async leaderFeed(leaderId: string, from: string, limit = 500): Promise<ScheduleEntryRow[]> {
    return this.dataSource
      .getRepository(ScheduleEntryRow)
      .createQueryBuilder('e')
      .where('e.visible')
      .andWhere('(e.chair_leader_id = :leaderId OR e.leader_ids @> ARRAY[:leaderId]::uuid[])', { leaderId })
      .andWhere('e.starts_at >= :from', { from })
      .orderBy('e.starts_at', 'ASC')
      .limit(limit)
      .getMany();
  }
}
