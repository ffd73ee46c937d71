import { CommandBus } from '@nestjs/cqrs';
import type { INestApplicationContext } from '@nestjs/common';
import { addCalendarDays, localDateOf, ORGANISATION_STREAM, type LocalDate, type Organisation, type WorkingCalendar } from '@office/domain';
import type { CommandContext } from '../../../api/src/commands/command-context';
import { IssueOutgoingDocument, RegisterDocument, RunDocumentStep, type StepInput } from '../../../api/src/documents/document-step.command';
import { runOfficePlan, type DemoPlatform, type OfficeRun, type OfficeStep } from './in-process-office';
import { officePlan, type PlannedStep } from './office-plan';

export type { DemoPlatform } from './in-process-office';

export interface DemoOfficeOptions {
  documents: number;
  from: LocalDate;
  to: LocalDate;
  /** Nothing happens after this instant (default: the end of `to`). */
  until?: string;
  seed: number;
  onProgress?: (progress: DemoProgress) => void;
}

export interface DemoResult extends OfficeRun {
  documents: number;
}
/** What the progress callback gets: the run so far. */
export type DemoProgress = DemoResult;

/**
 * Generates an office period through the real command handlers (runOfficePlan: the API in this
 * process, its clock moved from step to step, each step sent as the planned person). Each step
 * carries an idempotency key derived from the seed, so document and event ids are the same on
 * every run and running the same seed again adds nothing.
 */
export async function generateDemoOffice(platform: DemoPlatform, options: DemoOfficeOptions): Promise<DemoResult> {
  const ids = new Map<string, string>();
  let documents = 0;
  const withDocuments = (run: OfficeRun): DemoResult => ({ ...run, documents });
  const run = await runOfficePlan(platform, {
    start: `${options.from}T00:00:00+07:00`,
    plan: (organisation, calendar) => officeSteps(organisation, calendar, options),
    send,
    onProgress: options.onProgress && ((progress) => options.onProgress!(withDocuments(progress))),
  });
  return withDocuments(run);

  async function send(step: DocumentStep, context: CommandContext, api: INestApplicationContext): Promise<void> {
    const commands = api.get(CommandBus);
    const { command } = step.planned;
    if (command.type === 'receive') {
      const { id } = await commands.execute(new RegisterDocument(command.registration, context));
      ids.set(step.subject, id);
      documents++;
      return;
    }
    const id = ids.get(step.subject);
    if (!id) throw new Error('the document was not registered');
    if (command.type === 'issue') await commands.execute(new IssueOutgoingDocument(id, { recipients: command.recipients, copies: command.copies }, context));
    else await commands.execute(new RunDocumentStep({ ...command.command, documentId: id } as StepInput, context));
  }
}

interface DocumentStep extends OfficeStep {
  planned: PlannedStep;
}

function* officeSteps(organisation: Organisation, calendar: WorkingCalendar, options: DemoOfficeOptions): Generator<DocumentStep> {
  requireDemoStaff(organisation);
  let index = 0;
  for (const planned of officePlan({ ...options, organisation, calendar })) {
    const { command } = planned;
    // Keys by the step's place in the plan, as generated since the first demo: a DATA_DIR seeded then reruns to nothing.
    yield { at: planned.at, subject: planned.documentId, actor: planned.actor, label: command.type === 'step' ? command.command.type : command.type, key: `demo-${options.seed}-${++index}`, planned };
  }
}

function requireDemoStaff(organisation: Organisation): void {
  const has = (role: string) => organisation.users.some((u) => (u.roles as string[]).includes(role));
  const missing = ['clerk', 'office_chief', 'committee_chairman', 'department_head', 'specialist'].filter((role) => !has(role));
  if (missing.length > 0 || organisation.fields.length === 0) throw new Error(`the demo needs the demo organisation (missing: ${missing.join(', ') || 'fields'}); start with SEED_DEMO_ORGANISATION=true on an empty database`);
}

/** The small set `npm start` offers on an empty log: about 200 documents over the last eight weeks, up to now. */
/**
 * True while the log holds nothing but what every start records before the demo (the organisation
 * and the calendar years): the office is new, so the demo may fill it. Any other event means real work.
 */
async function onlySetUpRecorded(store: DemoPlatform['eventStore']): Promise<boolean> {
  const setUp = (streamId: string) => streamId === ORGANISATION_STREAM || /^calendar-year-\d{4}$/.test(streamId); // calendarYearStreamName(year)
  for (let after: bigint | undefined; ; ) {
    const page = await store.readAll({ after, maxCount: 500 });
    if (page.length === 0) return true;
    if (!page.every((event) => setUp(event.streamId))) return false;
    after = page[page.length - 1].position;
  }
}

export async function seedDemoDocuments(platform: DemoPlatform, now: Date, log: (line: string) => void): Promise<DemoResult | null> {
  if (!(await onlySetUpRecorded(platform.eventStore))) return null;
  const today = localDateOf(now);
  const result = await generateDemoOffice(platform, { documents: 200, from: addCalendarDays(today, -56), to: today, until: now.toISOString(), seed: 20250101 });
  log(`demo documents: ${result.documents} registered, ${result.steps} steps over the last 8 weeks in ${(result.elapsedMs / 1000).toFixed(1)} s${result.failed ? ` (${result.failed} refused: ${result.errors[0]})` : ''}`);
  return result;
}
