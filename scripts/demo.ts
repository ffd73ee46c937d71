import 'reflect-metadata';
import { addCalendarDays, endOfLocalDay, isLocalDate, localDateOf } from '@office/domain';
import { openToolPlatform } from '@office/runtime/running-postgres';
import { generateDemoDirectives } from '../apps/demo/src/directives/demo-directives';
import { generateDemoSchedule } from '../apps/demo/src/schedule/demo-schedule';
import { generateDemoProgramme } from '../apps/demo/src/programme/demo-programme';
import { generateDemoDossiers, type DemoDossiersResult } from '../apps/demo/src/dossiers/demo-dossiers';
import { generateDemoQuality } from '../apps/demo/src/quality/demo-quality';
import { generateDemoRecords } from '../apps/demo/src/records/demo-records';
import { generateDemoDelegations } from '../apps/demo/src/delegations/demo-delegations';
import { generateDemoAbsences } from '../apps/demo/src/absences/demo-absences';
import { generateDemoHandovers } from '../apps/demo/src/handover/demo-handover';
import { generateDemoOffice } from '../apps/demo/src/office/demo-office';
import type { OfficeRun } from '../apps/demo/src/office/in-process-office';
import { parseArgs, runCli, UsageError, type ParsedArgs } from './cli';

const USAGE = `usage: npm run demo -- [--documents N] [--dossiers N] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--seed N]
  Generates a realistic office period through the real command handlers (a clock moved step by
  step in office hours): documents of every urgency and field, some late, misrouted, reassigned,
  short of papers, sent back or rejected, some confidential; and the one-stop desk's dossiers of
  the demo catalogue's procedures in force, received by two desk officers, early, on time or late
  (with apologies), supplemented, refused, withdrawn or stopped, returned at the desk, by post or
  online. Without --documents or --dossiers, also the leaders' meetings and tasks of the ten weeks
  and the ISO quality system's year up to --to (directives and quality demos). Deterministic for a
  seed; running the same seed and period again adds nothing.
  --documents  documents registered over the period (default 2000, or none when only --dossiers is given)
  --dossiers   applicants at the one-stop desk over the period (default 3000, or none when only --documents is given)
  --from       first day (default: one year before today)
  --to         last day (default: a year after --from, or today if earlier)
  --seed       default 1
connects like the product: DATABASE_URL, else the embedded PostgreSQL of DATA_DIR (./data)`;

function integer(args: ParsedArgs, name: string, fallback: number, max: number): number {
  const raw = args.option(name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw new UsageError(`--${name} must be an integer from 1 to ${max}`);
  return Number(raw);
}

function day(args: ParsedArgs, name: string, fallback: string): string {
  const raw = args.option(name) ?? fallback;
  if (!isLocalDate(raw)) throw new UsageError(`--${name} must be a date YYYY-MM-DD`);
  return raw;
}

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, { values: ['documents', 'dossiers', 'seed', 'from', 'to'] });
  if (args.has('help')) return void console.log(USAGE);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const today = localDateOf(new Date());
  const both = !args.has('documents') && !args.has('dossiers');
  const documents = args.has('documents') || both ? integer(args, 'documents', 2_000, 1_000_000) : 0;
  const dossiers = args.has('dossiers') || both ? integer(args, 'dossiers', 3_000, 1_000_000) : 0;
  const seed = integer(args, 'seed', 1, 2 ** 31 - 1);
  const from = day(args, 'from', addCalendarDays(today, -365));
  const yearLater = addCalendarDays(from, 364);
  const to = day(args, 'to', yearLater < today ? yearLater : today);
  if (to < from) throw new UsageError('--to must not be before --from');
  const until = to >= today ? new Date().toISOString() : undefined;

  const { platform, where } = await openToolPlatform(process.env, (line) => console.error(line));
  console.error(`connected to ${where}; generating ${count(documents)} documents and ${count(dossiers)} applicants at the desk from ${from} to ${to} (seed ${seed})`);
  try {
    if (documents > 0) {
      const result = await generateDemoOffice(platform, { documents, from, to, until, seed, onProgress: (p) => console.error(progress(p, p.documents, documents, 'documents')) });
      summarise(result, progress(result, result.documents, documents, 'documents'), `${count(result.documents)} documents`);
    }
    if (dossiers > 0) {
      const applicants = (p: DemoDossiersResult) => p.received + p.slips;
      const result = await generateDemoDossiers(platform, { dossiers, from, to, until, seed, onProgress: (p) => console.error(progress(p, applicants(p), dossiers, 'applicants')) });
      summarise(result, progress(result, applicants(result), dossiers, 'applicants'), `${count(result.received)} dossiers received, ${count(result.slips)} desk slips (Mẫu 02, Mẫu 03)`);
    }
    if (both) {
      // Placed back from the period's last moment: meetings of its last ten weeks, the quality system's year to it.
      const now = until ?? endOfLocalDay(to);
      const directives = await generateDemoDirectives(platform, { now, seed });
      summarise(directives, `leaders' directives up to ${now.slice(0, 10)}`, `${count(directives.meetings)} meetings, ${count(directives.tasks)} tasks`);
      const schedule = await generateDemoSchedule(platform, { now });
      summarise(schedule, `leaders' weekly schedules around ${now.slice(0, 10)}`, `${count(schedule.entries)} schedule entries`);
      const programme = await generateDemoProgramme(platform, { now });
      summarise(programme, `the Committee's monthly work programmes up to ${now.slice(0, 10)}`, `${count(programme.items)} programme items`);
      const quality = await generateDemoQuality(platform, { now, seed });
      summarise(quality, `quality system up to ${now.slice(0, 10)}`, `${count(quality.records)} quality records`);
      const records = await generateDemoRecords(platform, { now, seed });
      summarise(records, `files and archives up to ${now.slice(0, 10)}`, `${count(records.caseFiles)} case files`);
      const delegations = await generateDemoDelegations(platform, { now, seed });
      summarise(delegations, `signing delegations on ${now.slice(0, 10)}`, `${count(delegations.steps)} delegations (KT., TUQ., TL.)`);
      const absences = await generateDemoAbsences(platform, { now, seed });
      summarise(absences, `absences around ${now.slice(0, 10)}`, `${count(absences.steps)} absence steps`);
      const handovers = await generateDemoHandovers(platform, { now, seed });
      summarise(handovers, `staff hand-overs up to ${now.slice(0, 10)}`, `${count(handovers.handovers.length)} hand-overs`);
    }
  } finally {
    await platform.close();
  }
}

const count = (n: number) => n.toLocaleString('en-US');

/** The run's last lines: its final progress, its refusals if any (exit code 1), and what it made at what rate. */
function summarise(result: OfficeRun, last: string, made: string): void {
  console.error(last);
  for (const error of result.errors) console.error(`  refused: ${error}`);
  console.log(`${made}, ${count(result.steps)} steps in ${(result.elapsedMs / 1000).toFixed(1)} s (${count(Math.round(result.steps / (result.elapsedMs / 1000)))} steps/s)${result.failed ? `, ${result.failed} refused` : ''}`);
  if (result.failed > 0) process.exitCode = 1;
}

function progress(p: OfficeRun, done: number, total: number, what: string): string {
  const seconds = p.elapsedMs / 1000;
  return `${count(done)}/${count(total)} ${what}, ${count(p.steps)} steps, ${count(Math.round(p.steps / Math.max(seconds, 0.001)))} steps/s, office clock ${p.at.slice(0, 16)}Z`;
}

runCli(main, USAGE);
