import { CommandBus } from '@nestjs/cqrs';
import type { INestApplicationContext } from '@nestjs/common';
import { addCalendarDays, itemDueDate, localDateOf, type Organisation, type User, type WorkingCalendar } from '@office/domain';
import type { CommandContext } from '../../../api/src/commands/command-context';
import type { OmitEach } from '../../../api/src/dossiers/dossier-streams';
import { RunProgrammeStep } from '../../../api/src/programme/programme-step/programme-step.handler';
import type { ProgrammeCommandInput } from '../../../api/src/programme/programme-streams';
import { ProposeItemCommand } from '../../../api/src/programme/propose-item/propose-item.handler';
import type { ProposeItemRequest } from '../../../api/src/programme/propose-item/propose-item.request';
import { inTimeUntil, type PlannedStep } from '../directives/step-life';
import { runOfficePlan, type DemoPlatform, type OfficeRun } from '../office/in-process-office';
import { DEMO_ITEMS, RETURNED_ITEM, type DemoProgrammeItem } from './programme-texts';

/*
 * The Committee's monthly work programmes of this year (QC Art. 8) through the real command
 * handlers, up to now: each month's slips on the 10th of the month before, accepted (one returned
 * every third month) on the 15th, the draft submitted a week before the month (three days before in
 * every fourth month: late), reviewed and approved the next days; then in the month its items'
 * papers on time (and presented), late, an item withdrawn, one moved to the next month on its
 * agency's request every other month, and one left overdue otherwise. Keys derive from the months:
 * the same `now` run again appends nothing.
 */

type ProgrammeDemoCommand = { type: 'propose'; period: string; slip: ProposeItemRequest } | { type: 'step'; input: OmitEach<ProgrammeCommandInput, 'itemId'> };
type Step = PlannedStep<ProgrammeDemoCommand>;

export interface DemoProgrammeResult extends OfficeRun {
  programmes: number;
  items: number;
}

const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`).toISOString();
const pad = (n: number) => String(n).padStart(2, '0');

/** Every step of this year's monthly programmes, in time order, up to `now`. */
export function programmePlan(organisation: Organisation, calendar: WorkingCalendar, now: string): Step[] {
  const userOf = (username: string): User => {
    const user = organisation.users.find((u) => u.username === username);
    if (!user) throw new Error(`demo programme: no user ${username}`);
    return user;
  };
  const departmentOf = (code: string) => organisation.departments.find((d) => d.code === code)?.id ?? null;
  const year = Number(localDateOf(now).slice(0, 4));
  const steps: Step[] = [];
  const push = (when: string, username: string, subject: string, label: string, command: ProgrammeDemoCommand) =>
    steps.push({ at: when, actor: userOf(username), subject, label, key: `demo-programme-${subject}-${label}`, command });

  for (let month = 1; month <= 12; month++) {
    const period = `${year}-${pad(month)}`;
    const first = `${period}-01`;
    const slipDay = addCalendarDays(first, -20);
    const items: Array<[string, DemoProgrammeItem]> = DEMO_ITEMS.slice(0, 4).map((item, i) => [`${period}-${i}`, item]);
    const returned = month % 3 === 0 ? `${period}-r` : null;
    const slip = (item: DemoProgrammeItem): ProposeItemRequest => ({
      title: item.title(month, year), departmentId: item.department ? departmentOf(item.department) : null, agency: item.agency ?? null, leaderId: userOf(item.leader).id, due: period,
      paperKind: item.paperKind,
    });
    const proposals: Array<[string, DemoProgrammeItem]> = [...items, ...(returned ? [[returned, RETURNED_ITEM] as [string, DemoProgrammeItem]] : [])];
    proposals.forEach(([subject, item], i) => push(at(slipDay, `09:${pad(i * 5)}`), item.department ? 'cv.kt1' : 'vanthu1', subject, 'đề xuất', { type: 'propose', period, slip: slip(item) }));
    const decided = at(addCalendarDays(first, -16), '10:00');
    for (const [subject] of items) push(decided, 'tp.th', subject, 'nhận phiếu', { type: 'step', input: { type: 'accept', period } });
    if (returned) push(decided, 'tp.th', returned, 'trả phiếu', { type: 'step', input: { type: 'return-slip', period, reason: 'Nội dung thuộc thẩm quyền giải quyết của Sở, không đưa vào chương trình của UBND tỉnh' } });
    const submitted = addCalendarDays(first, month % 4 === 0 ? -3 : -7);
    push(at(submitted, '15:00'), 'tp.th', period, 'trình dự thảo', { type: 'step', input: { type: 'submit-draft', period } });
    push(at(addCalendarDays(submitted, 1), '09:00'), 'chanh.vp', period, 'thẩm tra', { type: 'step', input: { type: 'endorse', period, note: 'Đủ nội dung, trình Chủ tịch' } });
    push(at(addCalendarDays(submitted, 2), '14:00'), 'chu.tich', period, 'phê duyệt', { type: 'step', input: { type: 'approve', period } });

    const due = itemDueDate(period, calendar);
    const [onTime, late, withdrawn, movedOrOverdue] = items.map(([subject]) => subject);
    push(at(addCalendarDays(due, -5), '10:00'), 'vanthu1', onTime, 'hồ sơ trình', { type: 'step', input: { type: 'papers', period, submittedOn: addCalendarDays(due, -5), symbol: `${month * 10 + 1}/BC-VPUBND` } });
    push(at(addCalendarDays(due, 3), '16:00'), 'tp.th', onTime, 'đã trình', { type: 'step', input: { type: 'present', period, presentedOn: addCalendarDays(due, 3), session: `Phiên họp UBND tỉnh thường kỳ tháng ${month}/${year}` } });
    push(at(addCalendarDays(due, 4), '09:00'), 'vanthu1', late, 'hồ sơ trình', { type: 'step', input: { type: 'papers', period, submittedOn: addCalendarDays(due, 4), symbol: `${month * 10 + 2}/TTr-SKHĐT` } });
    push(at(`${period}-12`, '10:00'), 'tp.th', withdrawn, 'rút', { type: 'step', input: { type: 'withdraw', period, reason: 'Chờ Bộ Y tế ban hành hướng dẫn', requestSymbol: `${month * 10 + 3}/SYT-KHTC` } });
    if (month % 2 === 0) {
      const next = month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
      const request = { requestSymbol: `${month * 10 + 4}/STC-NS`, requestDate: `${period}-13` };
      push(at(`${period}-14`, '10:00'), 'tp.th', movedOrOverdue, 'điều chỉnh', { type: 'step', input: { type: 'reschedule', period, due: next, reason: 'Chờ số liệu quyết toán quý', ...request } });
    }
  }
  return inTimeUntil(steps, now);
}

export async function generateDemoProgramme(platform: DemoPlatform, options: { now: string }): Promise<DemoProgrammeResult> {
  const ids = new Map<string, string>();
  const periods = new Set<string>();
  let items = 0;
  const run = await runOfficePlan(platform, {
    start: `${Number(options.now.slice(0, 4)) - 1}-12-01T00:00:00.000Z`,
    plan: (organisation, calendar) => programmePlan(organisation, calendar, options.now),
    send,
  });
  return { ...run, programmes: periods.size, items };

  async function send(step: Step, context: CommandContext, api: INestApplicationContext): Promise<void> {
    const commands = api.get(CommandBus);
    const { command } = step;
    if (command.type === 'propose') {
      const { id } = await commands.execute(new ProposeItemCommand(command.period, command.slip, context));
      ids.set(step.subject, id);
      periods.add(command.period);
      items++;
      return;
    }
    const itemId = ids.get(step.subject);
    await commands.execute(new RunProgrammeStep((itemId ? { ...command.input, itemId } : command.input) as ProgrammeCommandInput, context));
  }
}

/** The programme's share of `npm start`'s first run: this year's monthly programmes up to now, about two hundred steps. */
export async function seedDemoProgramme(platform: DemoPlatform, now: Date, log: (line: string) => void): Promise<DemoProgrammeResult> {
  const result = await generateDemoProgramme(platform, { now: now.toISOString() });
  log(`demo work programme: ${result.programmes} monthly programmes, ${result.items} items, ${result.steps} steps in ${(result.elapsedMs / 1000).toFixed(1)} s${result.failed ? ` (${result.failed} refused: ${result.errors[0]})` : ''}`);
  return result;
}
