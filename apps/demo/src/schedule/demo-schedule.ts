import { CommandBus } from '@nestjs/cqrs';
import type { INestApplicationContext } from '@nestjs/common';
import { addCalendarDays, daysOfScheduleWeek, scheduleWeekOfInstant, shiftScheduleWeek, type Organisation, type User } from '@office/domain';
import type { CommandContext } from '../../../api/src/commands/command-context';
import { DraftScheduleEntryCommand } from '../../../api/src/schedule/draft-entry/draft-entry.handler';
import type { ScheduleEntryRequest } from '../../../api/src/schedule/schedule-requests';
import { RunScheduleStep } from '../../../api/src/schedule/schedule-step/schedule-step.handler';
import type { ScheduleCommandInput } from '../../../api/src/schedule/schedule-streams';
import type { PlannedStep } from '../directives/step-life';
import { inTimeUntil } from '../directives/step-life';
import { runOfficePlan, type DemoPlatform, type OfficeRun } from '../office/in-process-office';
import { ADDED, NEXT_WEEK, THIS_WEEK, type DemoEntry } from './schedule-texts';

/*
 * The leaders' weekly schedules of this week and the next through the real command handlers: this
 * week drafted by General Affairs on the Thursday before and published by the office chief on the
 * Friday, then on Monday morning one entry moved to another room, one added and one cancelled,
 * each with its reason; next week drafted on Monday and published on Friday (if that has come).
 * Keys derive from the weeks: the same `now` run again appends nothing.
 */

type ScheduleDemoCommand =
  | { type: 'draft'; week: string; entry: ScheduleEntryRequest }
  | { type: 'revise' | 'cancel'; week: string; entry?: ScheduleEntryRequest; reason: string }
  | { type: 'publish'; week: string };

type Step = PlannedStep<ScheduleDemoCommand>;

export interface DemoScheduleResult extends OfficeRun {
  entries: number;
}

const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`).toISOString();

function requestOf(entry: DemoEntry, days: string[], userOf: (username: string) => User, reason?: string): ScheduleEntryRequest {
  return {
    startsAt: at(days[entry.day], entry.from), endsAt: at(days[entry.day], entry.to), place: entry.place, content: entry.content, chairLeaderId: userOf(entry.chair).id,
    leaderIds: (entry.with ?? []).map((username) => userOf(username).id), attendees: entry.attendees ?? null, preparingUnit: entry.preparing ?? null,
    papers: (entry.papers ?? []).map((title) => ({ title })), confidential: entry.confidential ?? false, meetingId: null, ...(reason ? { reason } : {}),
  };
}

/** Every step of the two weeks, in time order, up to `now`. */
export function schedulePlan(organisation: Organisation, now: string): Step[] {
  const userOf = (username: string) => {
    const user = organisation.users.find((u) => u.username === username);
    if (!user) throw new Error(`demo schedule: no user ${username}`);
    return user;
  };
  const thisWeek = scheduleWeekOfInstant(now);
  const nextWeek = shiftScheduleWeek(thisWeek, 1);
  const [days, nextDays] = [daysOfScheduleWeek(thisWeek), daysOfScheduleWeek(nextWeek)];
  const steps: Step[] = [];
  const push = (when: string, username: string, subject: string, label: string, command: ScheduleDemoCommand) =>
    steps.push({ at: when, actor: userOf(username), subject, label, key: `demo-schedule-${subject}-${command.type}`, command });
  const minutes = (start: string, i: number) => new Date(Date.parse(start) + i * 4 * 60_000).toISOString();

  const drafted = at(addCalendarDays(days[0], -4), '08:30');
  THIS_WEEK.forEach((entry, i) => push(minutes(drafted, i), 'cv.th1', `${thisWeek}-${i}`, 'ghi lịch', { type: 'draft', week: thisWeek, entry: requestOf(entry, days, userOf) }));
  push(at(addCalendarDays(days[0], -3), '16:00'), 'chanh.vp', thisWeek, 'ban hành lịch tuần', { type: 'publish', week: thisWeek });
  const moved = { ...THIS_WEEK[0], place: 'Hội trường tầng 3, trụ sở UBND tỉnh' };
  push(at(days[0], '07:15'), 'cv.th1', `${thisWeek}-0`, 'điều chỉnh lịch', { type: 'revise', week: thisWeek, entry: requestOf(moved, days, userOf), reason: 'Phòng họp số 1 phục vụ tiếp đoàn công tác của Trung ương' });
  push(at(days[0], '07:25'), 'tp.th', `${thisWeek}-added`, 'bổ sung lịch', { type: 'draft', week: thisWeek, entry: requestOf(ADDED, days, userOf, 'Chủ tịch UBND tỉnh triệu tập họp đột xuất') });
  push(at(days[0], '07:35'), 'vanthu1', `${thisWeek}-9`, 'hủy lịch', { type: 'cancel', week: thisWeek, reason: 'Sở Giao thông vận tải đề nghị lùi để hoàn thiện phương án' });

  const nextDrafted = at(days[0], '09:00');
  NEXT_WEEK.forEach((entry, i) => push(minutes(nextDrafted, i), 'cv.th1', `${nextWeek}-${i}`, 'ghi lịch', { type: 'draft', week: nextWeek, entry: requestOf(entry, nextDays, userOf) }));
  push(at(days[4], '16:00'), 'pho.chanh.vp.kt', nextWeek, 'ban hành lịch tuần', { type: 'publish', week: nextWeek });
  return inTimeUntil(steps, now);
}

export async function generateDemoSchedule(platform: DemoPlatform, options: { now: string }): Promise<DemoScheduleResult> {
  const ids = new Map<string, string>();
  let entries = 0;
  const run = await runOfficePlan(platform, {
    start: new Date(Date.parse(options.now) - 14 * 86_400_000).toISOString(),
    plan: (organisation) => schedulePlan(organisation, options.now),
    send,
  });
  return { ...run, entries };

  async function send(step: Step, context: CommandContext, api: INestApplicationContext): Promise<void> {
    const commands = api.get(CommandBus);
    const { command } = step;
    if (command.type === 'draft') {
      const { id } = await commands.execute(new DraftScheduleEntryCommand(command.week, command.entry, context));
      ids.set(step.subject, id);
      entries++;
      return;
    }
    if (command.type === 'publish') return void (await commands.execute(new RunScheduleStep({ type: 'publish', week: command.week }, context)));
    const entryId = ids.get(step.subject);
    if (!entryId) throw new Error(`${step.subject} was not drafted`);
    const change: ScheduleCommandInput =
      command.type === 'revise' && command.entry
        ? { ...command.entry, type: 'revise', week: command.week, entryId, entryVersion: 1, reason: command.reason }
        : { type: 'cancel', week: command.week, entryId, entryVersion: 1, reason: command.reason };
    await commands.execute(new RunScheduleStep(change, context));
  }
}

/** The schedule's share of `npm start`'s first run: this week's and next week's, about twenty-five entries. */
export async function seedDemoSchedule(platform: DemoPlatform, now: Date, log: (line: string) => void): Promise<DemoScheduleResult> {
  const result = await generateDemoSchedule(platform, { now: now.toISOString() });
  log(`demo schedule: ${result.entries} entries of this week and the next, ${result.steps} steps in ${(result.elapsedMs / 1000).toFixed(1)} s${result.failed ? ` (${result.failed} refused: ${result.errors[0]})` : ''}`);
  return result;
}
