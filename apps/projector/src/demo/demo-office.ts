import { CommandBus } from '@nestjs/cqrs';
import { addCalendarDays, localDateOf, VIETNAM_CALENDAR, type LocalDate, type Organisation } from '@office/domain';
import type { EventStore } from '@office/event-store';
import type { OrganisationDirectory } from '@office/read-models';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { CommandContext } from '../../../api/src/commands/command-context';
import { createApi } from '../../../api/src/create-api';
import { IssueOutgoingDocument, RegisterDocument, RunDocumentStep, type StepInput } from '../../../api/src/documents/document-step.command';
import { NumberAllocator } from '../../../api/src/documents/numbering/number-allocator';
import { officePlan, type PlannedStep } from './office-plan';

export interface DemoOfficeOptions {
  documents: number;
  from: LocalDate;
  to: LocalDate;
  /** Nothing happens after this instant (default: the end of `to`). */
  until?: string;
  seed: number;
  onProgress?: (progress: DemoProgress) => void;
}

export interface DemoProgress {
  steps: number;
  documents: number;
  failed: number;
  /** The office's clock: when the last step happened. */
  at: string;
  elapsedMs: number;
}

export interface DemoResult extends DemoProgress {
  /** The first refusals, if any (a bug in the plan or a rule changed). */
  errors: string[];
}

export interface DemoPlatform {
  eventStore: EventStore;
  dataSource: DataSource;
  directory: OrganisationDirectory;
  jwtSecret: string;
}

/**
 * Generates an office period through the real command handlers: the API application is booted in
 * this process with a clock the generator moves from step to step, and each planned step is sent
 * over its CommandBus as the planned person (the same handlers, rules, numbering and events as
 * over HTTP, without the HTTP layer). Each step carries an idempotency key derived from the seed,
 * so document and event ids are the same on every run and running the same seed again adds nothing.
 */
export async function generateDemoOffice(platform: DemoPlatform, options: DemoOfficeOptions): Promise<DemoResult> {
  const started = Date.now();
  let now = new Date(`${options.from}T00:00:00+07:00`);
  // Level `log`, as the launcher's: Nest's logger is process-wide, and a quieter one would mute the launcher's lines after this.
  const api = await createApi({ ...platform, metrics: new Registry(), clock: () => now }, 'log');
  await api.init();
  const commands = api.get(CommandBus);
  const numbers = api.get(NumberAllocator);
  const organisation = await platform.directory.organisation();
  const ids = new Map<string, string>();
  const broken = new Set<string>();
  const errors: string[] = [];
  const progress: DemoProgress = { steps: 0, documents: 0, failed: 0, at: now.toISOString(), elapsedMs: 0 };
  let lastReport = 0;
  try {
    requireDemoStaff(organisation);
    let index = 0;
    for (const step of officePlan({ ...options, organisation, calendar: VIETNAM_CALENDAR })) {
      index++;
      if (broken.has(step.documentId)) continue;
      now = new Date(step.at);
      try {
        await run(step, context(step, `demo-${options.seed}-${index}`));
        progress.steps++;
      } catch (error) {
        broken.add(step.documentId);
        progress.failed++;
        if (errors.length < 10) errors.push(`${step.command.type === 'step' ? step.command.command.type : step.command.type} by ${step.actor.username} at ${step.at}: ${error instanceof Error ? error.message : String(error)}`);
      }
      progress.at = step.at;
      if (options.onProgress && Date.now() - lastReport > 500) {
        lastReport = Date.now();
        options.onProgress({ ...progress, elapsedMs: Date.now() - started });
      }
    }
    await numbers.drain();
  } finally {
    await api.close();
  }
  return { ...progress, elapsedMs: Date.now() - started, errors };

  async function run(step: PlannedStep, ctx: CommandContext): Promise<void> {
    const { command } = step;
    if (command.type === 'receive') {
      const { id } = await commands.execute(new RegisterDocument(command.registration, ctx));
      ids.set(step.documentId, id);
      progress.documents++;
      await numbers.drain(); // the number's "used" is written before the clock moves on
      return;
    }
    const id = ids.get(step.documentId);
    if (!id) throw new Error('the document was not registered');
    if (command.type === 'issue') {
      await commands.execute(new IssueOutgoingDocument(id, { recipients: command.recipients, copies: command.copies }, ctx));
      await numbers.drain();
    } else {
      await commands.execute(new RunDocumentStep({ ...command.command, documentId: id } as StepInput, ctx));
    }
  }
}

function context(step: PlannedStep, key: string): CommandContext {
  const { actor } = step;
  return {
    actor: { userId: actor.id, roles: actor.roles, departmentId: actor.departmentId },
    actorRole: actor.roles[0] ?? 'unknown',
    now: step.at,
    correlationId: key,
    idempotencyKey: key,
  };
}

function requireDemoStaff(organisation: Organisation): void {
  const has = (role: string) => organisation.users.some((u) => (u.roles as string[]).includes(role));
  const missing = ['clerk', 'office_chief', 'committee_chairman', 'department_head', 'specialist'].filter((role) => !has(role));
  if (missing.length > 0 || organisation.fields.length === 0) throw new Error(`the demo needs the demo organisation (missing: ${missing.join(', ') || 'fields'}); start with SEED_DEMO_ORGANISATION=true on an empty database`);
}

/** The small set `npm start` offers on an empty log: about 200 documents over the last eight weeks, up to now. */
export async function seedDemoDocuments(platform: DemoPlatform, now: Date, log: (line: string) => void): Promise<DemoResult | null> {
  if ((await platform.eventStore.headPosition()) >= 0n) return null;
  const today = localDateOf(now);
  const result = await generateDemoOffice(platform, { documents: 200, from: addCalendarDays(today, -56), to: today, until: now.toISOString(), seed: 20250101 });
  log(`demo documents: ${result.documents} registered, ${result.steps} steps over the last 8 weeks in ${(result.elapsedMs / 1000).toFixed(1)} s${result.failed ? ` (${result.failed} refused: ${result.errors[0]})` : ''}`);
  return result;
}
