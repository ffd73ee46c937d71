import { localDateOf, type Role, type WorkingCalendar } from '@office/domain';
import { calendarInForce } from '../calendar/calendar-in-force';
import type { DataSource } from 'typeorm';
import { noticeId } from './notice-ids';
import { writeNotices, type NoticeDraft } from './notice-writer';
import { PendingWork, type WaitingItem } from './pending-work.queries';

/**
 * The due-soon and overdue notices: for every person, what waits for them (the same definitions
 * as their queues and badges) and is due within one working day or past due. Idempotent per
 * person, item, kind and day: the id is derived from them, so running it every few minutes, or in
 * two projector processes at once, writes each notice once a day at most.
 */
export class NoticeSweep {
  private readonly work: PendingWork;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
    calendar: () => WorkingCalendar = calendarInForce,
  ) {
    this.work = new PendingWork(dataSource, clock, calendar);
  }

  /** One round; answers how many notices were new. */
  async run(): Promise<number> {
    const users: Array<{ id: string; roles: Role[]; department_id: string | null }> = await this.dataSource.query('SELECT id, roles, department_id FROM org_users ORDER BY id');
    let written = 0;
    for (const user of users) {
      const items = await this.work.items({ id: user.id, roles: user.roles, departmentId: user.department_id });
      const drafts = items.filter((item) => item.standing !== null).map((item) => this.draft(user.id, item));
      if (drafts.length > 0) written += await this.dataSource.transaction((tx) => writeNotices(tx, drafts));
    }
    return written;
  }

  private draft(userId: string, item: WaitingItem): NoticeDraft {
    const now = this.clock();
    const today = localDateOf(now);
    const kind = item.standing === 'overdue' ? 'overdue' : 'due_soon';
    const due = item.due ? ` (hạn ${item.due.split('-').reverse().join('/')})` : '';
    return {
      id: noticeId('sweep', userId, item.stream, kind, today), userId, kind, subjectStream: item.stream,
      title: `${kind === 'overdue' ? 'Quá hạn' : 'Sắp đến hạn'}${due}: ${item.label}`, link: item.link, dueOn: item.due, createdAt: now.toISOString(), sourcePosition: null,
    };
  }
}
