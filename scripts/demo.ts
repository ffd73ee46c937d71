import 'reflect-metadata';
import { addCalendarDays, isLocalDate, localDateOf } from '@office/domain';
import { openToolPlatform } from '@office/runtime/running-postgres';
import { generateDemoOffice, type DemoProgress } from '../apps/projector/src/demo/demo-office';
import { option, runCli, UsageError } from './cli';

const USAGE = `usage: npm run demo -- [--documents N] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--seed N]
  Generates a realistic office period through the real command handlers (a clock moved step by
  step in office hours): documents of every urgency and field, some late, misrouted, reassigned,
  short of papers, sent back or rejected, some confidential. Deterministic for a seed; running the
  same seed again adds nothing.
  --documents  documents registered over the period (default 2000)
  --from       first day (default: one year before today)
  --to         last day (default: a year after --from, or today if earlier)
  --seed       default 1
connects like the product: DATABASE_URL, else the embedded PostgreSQL of DATA_DIR (./data)`;

function integer(argv: string[], name: string, fallback: number, max: number): number {
  const raw = option(argv, `--${name}`);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw new UsageError(`--${name} must be an integer from 1 to ${max}`);
  return Number(raw);
}

function day(argv: string[], name: string, fallback: string): string {
  const raw = option(argv, `--${name}`) ?? fallback;
  if (!isLocalDate(raw)) throw new UsageError(`--${name} must be a date YYYY-MM-DD`);
  return raw;
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) return void console.log(USAGE);
  const today = localDateOf(new Date());
  const documents = integer(argv, 'documents', 2_000, 1_000_000);
  const seed = integer(argv, 'seed', 1, 2 ** 31 - 1);
  const from = day(argv, 'from', addCalendarDays(today, -365));
  const yearLater = addCalendarDays(from, 364);
  const to = day(argv, 'to', yearLater < today ? yearLater : today);
  if (to < from) throw new UsageError('--to must not be before --from');
  const until = to >= today ? new Date().toISOString() : undefined;

  const { platform, where } = await openToolPlatform(process.env, (line) => console.error(line));
  console.error(`connected to ${where}; generating ${documents.toLocaleString('en-US')} documents from ${from} to ${to} (seed ${seed})`);
  try {
    const result = await generateDemoOffice(platform, { documents, from, to, until, seed, onProgress: (p) => console.error(line(p, documents)) });
    console.error(line(result, documents));
    for (const error of result.errors) console.error(`  refused: ${error}`);
    console.log(
      `${result.documents.toLocaleString('en-US')} documents, ${result.steps.toLocaleString('en-US')} steps in ${(result.elapsedMs / 1000).toFixed(1)} s ` +
        `(${Math.round(result.steps / (result.elapsedMs / 1000)).toLocaleString('en-US')} steps/s)${result.failed ? `, ${result.failed} refused` : ''}`,
    );
    if (result.failed > 0) process.exitCode = 1;
  } finally {
    await platform.close();
  }
}

function line(p: DemoProgress, total: number): string {
  const seconds = p.elapsedMs / 1000;
  return `${p.documents.toLocaleString('en-US')}/${total.toLocaleString('en-US')} documents, ${p.steps.toLocaleString('en-US')} steps, ${Math.round(p.steps / Math.max(seconds, 0.001)).toLocaleString('en-US')} steps/s, office clock ${p.at.slice(0, 16)}Z`;
}

runCli(main, USAGE);
