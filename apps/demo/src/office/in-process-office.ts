import type { INestApplicationContext } from '@nestjs/common';
import type { Organisation, User, WorkingCalendar } from '@office/domain';
import type { EventStore } from '@office/event-store';
import type { OrganisationDirectory } from '@office/read-models';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { CommandContext } from '../../../api/src/commands/command-context';
import { CalendarInForce } from '../../../api/src/calendar/calendar-in-force';
import { createApiContext } from '../../../api/src/create-api';
import { NumberAllocator } from '../../../api/src/documents/numbering/number-allocator';

export interface DemoPlatform {
  eventStore: EventStore;
  dataSource: DataSource;
  directory: OrganisationDirectory;
  jwtSecret: string;
}

/** One thing someone in the office does, at a time: `subject` is the document or dossier it is about. */
export interface OfficeStep {
  at: string;
  subject: string;
  actor: User;
  /** What the step is, for a refusal's line. */
  label: string;
  /** The step's idempotency key: derived from the seed, so a rerun appends nothing. */
  key: string;
}

export interface OfficeRun {
  steps: number;
  failed: number;
  /** The office's clock: when the last step happened. */
  at: string;
  elapsedMs: number;
  /** The first refusals, if any (a bug in the plan or a rule changed). */
  errors: string[];
}

export interface OfficeRunOptions<S extends OfficeStep> {
  /** The office's clock before the first step. */
  start: string;
  /** `calendar`: the one in force in the booted API (approved versions), which the plan's dates count with. */
  plan: (organisation: Organisation, calendar: WorkingCalendar) => Iterable<S>;
  /** Sends one step over the API's CommandBus (`api.get(CommandBus)`) with the step's context. */
  send: (step: S, context: CommandContext, api: INestApplicationContext) => Promise<void>;
  onProgress?: (run: OfficeRun) => void;
}

/**
 * Plays a plan through the real command handlers: the API's modules are booted in this process (no HTTP)
 * with a clock moved from step to step, and each step is sent as the planned person (the same
 * handlers, rules, numbering and events as over HTTP, without the HTTP layer). A refused step
 * leaves its subject broken: its later steps are skipped. Numbers' "used" records are drained
 * before the clock moves on and before the API closes.
 */
export async function runOfficePlan<S extends OfficeStep>(platform: DemoPlatform, options: OfficeRunOptions<S>): Promise<OfficeRun> {
  const started = Date.now();
  let now = new Date(options.start);
  // Level `log`, as the launcher's: Nest's logger is process-wide, and a quieter one would mute the launcher's lines after this.
  const api = await createApiContext({ ...platform, metrics: new Registry(), clock: () => now }, 'log');
  const numbers = api.get(NumberAllocator);
  const broken = new Set<string>();
  const run: OfficeRun = { steps: 0, failed: 0, at: now.toISOString(), elapsedMs: 0, errors: [] };
  let lastReport = 0;
  try {
    for (const step of options.plan(await platform.directory.organisation(), api.get(CalendarInForce).current())) {
      if (broken.has(step.subject)) continue;
      now = new Date(step.at);
      try {
        await options.send(step, contextOf(step), api);
        await numbers.drain();
        run.steps++;
      } catch (error) {
        broken.add(step.subject);
        run.failed++;
        if (run.errors.length < 10) run.errors.push(`${step.label} by ${step.actor.username} at ${step.at}: ${error instanceof Error ? error.message : String(error)}`);
      }
      run.at = step.at;
      if (options.onProgress && Date.now() - lastReport > 500) {
        lastReport = Date.now();
        options.onProgress({ ...run, elapsedMs: Date.now() - started });
      }
    }
    await numbers.drain();
  } finally {
    await api.close();
  }
  return { ...run, elapsedMs: Date.now() - started };
}

function contextOf({ actor, at, key }: OfficeStep): CommandContext {
  return {
    actor: { userId: actor.id, roles: actor.roles, departmentId: actor.departmentId },
    actorRole: actor.roles[0] ?? 'unknown',
    now: at,
    correlationId: key,
    idempotencyKey: key,
  };
}
