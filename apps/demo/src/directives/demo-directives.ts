import { CommandBus } from '@nestjs/cqrs';
import type { INestApplicationContext } from '@nestjs/common';
import type { CommandContext } from '../../../api/src/commands/command-context';
import type { DirectiveCommandInput } from '../../../api/src/directives/directive-streams';
import { RunDirectiveStep } from '../../../api/src/directives/directive-step/directive-step.handler';
import { RegisterDirectiveCommand } from '../../../api/src/directives/register-directive/register-directive.handler';
import { IssueConclusionCommand, type ConclusionIssuedAnswer } from '../../../api/src/meetings/issue-conclusion/issue-conclusion.handler';
import { RunMeetingStep } from '../../../api/src/meetings/meeting-step/meeting-step.handler';
import type { MeetingCommandInput } from '../../../api/src/meetings/meeting-streams';
import { ConveneSessionCommand } from '../../../api/src/meetings/convene-session/convene-session.handler';
import { RecordMeetingCommand } from '../../../api/src/meetings/record-meeting/record-meeting.handler';
import { RegisterPaperCommand, type PaperRegistered } from '../../../api/src/meetings/register-paper/register-paper.handler';
import { runOfficePlan, type DemoPlatform, type OfficeRun } from '../office/in-process-office';
import { directivePlan, type PlannedDirectiveStep } from './directive-plan';

export interface DemoDirectivesOptions {
  /** The demo's today: meetings are placed back from it, and nothing happens after it. */
  now: string;
  seed: number;
}

export interface DemoDirectivesResult extends OfficeRun {
  meetings: number;
  /** Tasks registered: from the notices issued and from other documents. */
  tasks: number;
}

/** The plan's first step is ten weeks before `now`; the office's clock starts a day earlier. */
const LOOK_BACK_MS = 80 * 86_400_000;

/**
 * Leaders' meetings and the tasks they give (DOMAIN.md §8) through the real command handlers
 * (runOfficePlan: the API in this process, its clock moved from step to step, each step sent as the
 * planned person). Meeting and task ids derive from the steps' idempotency keys, which derive from
 * the plan: the same `now` and seed run again add nothing.
 */
export async function generateDemoDirectives(platform: DemoPlatform, options: DemoDirectivesOptions): Promise<DemoDirectivesResult> {
  const ids = new Map<string, string>();
  const counts = { meetings: 0, tasks: 0 };
  const run = await runOfficePlan(platform, {
    start: new Date(Date.parse(options.now) - LOOK_BACK_MS).toISOString(),
    plan: (organisation, calendar) => directivePlan({ organisation, calendar, now: options.now, seed: options.seed }),
    send,
  });
  return { ...run, ...counts };

  async function send(step: PlannedDirectiveStep, context: CommandContext, api: INestApplicationContext): Promise<void> {
    const commands = api.get(CommandBus);
    const { command } = step;
    switch (command.type) {
      case 'record': {
        const { id } = await commands.execute(new RecordMeetingCommand(command.meeting, context));
        ids.set(step.subject, id);
        counts.meetings++;
        return;
      }
      case 'convene': {
        const { id } = await commands.execute(new ConveneSessionCommand(command.session, context));
        ids.set(step.subject, id);
        counts.meetings++;
        return;
      }
      case 'paper': {
        const { paperId }: PaperRegistered = await commands.execute(new RegisterPaperCommand(idOf(step.subject), command.paper, context));
        ids.set(`${step.subject}/paper#${command.index}`, paperId);
        return;
      }
      case 'distribute':
        await commands.execute(new RunMeetingStep({ type: 'distribute-papers', meetingId: idOf(step.subject), paperIds: command.papers.map((i) => idOf(`${step.subject}/paper#${i}`)) }, context));
        return;
      case 'meeting':
        await commands.execute(new RunMeetingStep({ ...command.step, meetingId: idOf(step.subject) } as MeetingCommandInput, context));
        return;
      case 'issue': {
        const issued: ConclusionIssuedAnswer = await commands.execute(new IssueConclusionCommand(idOf(step.subject), { recipients: command.recipients, copies: command.copies }, context));
        issued.directiveIds.forEach((id, i) => ids.set(`${step.subject}#${i}`, id));
        counts.tasks += issued.directiveIds.length;
        return;
      }
      case 'register': {
        const { id } = await commands.execute(new RegisterDirectiveCommand(command.task, context));
        ids.set(step.subject, id);
        counts.tasks++;
        return;
      }
      case 'task':
        await commands.execute(new RunDirectiveStep({ ...command.step, directiveId: idOf(step.subject) } as DirectiveCommandInput, context));
        return;
    }
  }

  function idOf(subject: string): string {
    const id = ids.get(subject);
    if (!id) throw new Error(`${subject} was not recorded (its meeting, notice or registration was refused)`);
    return id;
  }
}

/**
 * The directives' share of `npm start`'s first run: about eight meetings and thirty tasks over the
 * last ten weeks, up to now. The caller runs it only beside the documents' demo on an empty log.
 */
export async function seedDemoDirectives(platform: DemoPlatform, now: Date, log: (line: string) => void): Promise<DemoDirectivesResult> {
  const result = await generateDemoDirectives(platform, { now: now.toISOString(), seed: 20250801 });
  log(`demo directives: ${result.meetings} meetings, ${result.tasks} tasks, ${result.steps} steps over the last 10 weeks in ${(result.elapsedMs / 1000).toFixed(1)} s${result.failed ? ` (${result.failed} refused: ${result.errors[0]})` : ''}`);
  return result;
}
