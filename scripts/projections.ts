import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { readProjectionsStatus, type Projection } from '@office/read-models';
import type { Platform } from '@office/runtime';
import { openToolPlatform } from '@office/runtime/running-postgres';
import { resetFailedProjection } from '../apps/projector/src/projection-admin';
import { PROJECTIONS } from '../apps/projector/src/projections';
import { progressBar } from '../apps/projector/src/rebuild/progress-bar';
import { rebuildProjections } from '../apps/projector/src/rebuild/rebuild';
import { parseArgs, runCli, UsageError } from './cli';

const USAGE = `usage: npm run projections -- <command>
  status                   every projection: position, lag, status, holder, error
  rebuild <name|all>       rebuild into fresh tables from the whole log and swap them in (the API keeps answering)
                           [--batch N]  events per batch (default 5000)
  reset-failed <name>      run a failed projection again from where it stopped (after fixing the cause)
projections: ${PROJECTIONS.map((p) => p.name).join(', ')}
connects like the product: DATABASE_URL, else the embedded PostgreSQL of DATA_DIR (./data)`;

/**
 * A rebuild allocates a lot and keeps little: Node's default heap grows far beyond what it needs
 * (700 MB of RSS for 1M events, measured) before collecting. So it runs with a bounded heap, in a
 * child process of this one unless the heap is bounded already (PROJECTIONS_HEAP_MB, default 192).
 */
function rerunWithBoundedHeap(argv: string[]): Promise<number> | null {
  if (process.execArgv.some((a) => a.startsWith('--max-old-space-size')) || /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')) return null;
  const heapMb = Number(process.env.PROJECTIONS_HEAP_MB ?? 192);
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${heapMb}`, __filename, ...argv], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, { values: ['batch'] });
  const [command, ...rest] = args.positionals;
  if (!command || command === 'help' || args.has('help')) return void console.log(USAGE);
  if (!['status', 'rebuild', 'reset-failed'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  const bounded = command === 'rebuild' ? rerunWithBoundedHeap(argv) : null;
  if (bounded) return void (process.exitCode = await bounded);
  const selected = command === 'status' ? [] : select(rest[0], command === 'rebuild');
  const { platform, where } = await openToolPlatform(process.env, (line) => console.error(line));
  console.error(`connected to ${where}`);
  try {
    if (command === 'status') await status(platform);
    else if (command === 'rebuild') await rebuild(platform, selected, Number(args.option('batch') ?? 5_000));
    else await resetFailed(platform, selected[0]);
  } finally {
    await platform.close();
  }
}

function select(name: string | undefined, allowAll: boolean): Projection[] {
  if (!name) throw new UsageError('name a projection');
  if (name === 'all' && allowAll) return [...PROJECTIONS];
  const found = PROJECTIONS.find((p) => p.name === name || p.name.replace(/\.v\d+$/, '') === name);
  if (!found) throw new UsageError(`no projection "${name}"`);
  return [found];
}

async function status(platform: Platform): Promise<void> {
  const { head, projections } = await readProjectionsStatus(platform.dataSource, platform.eventStore, { known: PROJECTIONS.map((p) => p.name) });
  const rows = projections.map((p) => [
    p.name,
    p.position.toString(),
    p.lagEvents === null ? '?' : p.lagEvents.toLocaleString('en-US'),
    `${p.lagSeconds.toFixed(1)} s`,
    p.status,
    p.heldBy ?? '(nobody)',
    p.error ?? '',
  ]);
  const header = ['projection', 'position', 'lag (events)', 'lag (time)', 'status', 'held by', 'error'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  console.log(`head of the log: ${head}`);
  console.log([line(header), ...rows.map(line)].join('\n'));
  if (projections.some((p) => p.status === 'failed')) process.exitCode = 3;
}

async function rebuild(platform: Platform, projections: Projection[], batchSize: number): Promise<void> {
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) throw new UsageError('--batch must be an integer from 1 to 100000');
  const bar = progressBar();
  console.error(`rebuilding ${projections.map((p) => p.name).join(', ')} into fresh tables; the live ones keep serving until the swap`);
  try {
    const result = await rebuildProjections(platform.eventStore, platform.dataSource, projections, { databaseUrl: platform.databaseUrl, batchSize, onProgress: (p) => bar.update(p) });
    bar.finish();
    const seconds = result.elapsedMs / 1000;
    const peakMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      `rebuilt ${result.projections.join(', ')}: ${result.events.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s ` +
        `(${Math.round(result.events / seconds).toLocaleString('en-US')} events/s, peak RSS ${peakMb.toFixed(0)} MB), now at position ${result.position}`,
    );
  } catch (error) {
    bar.finish();
    throw error;
  }
}

async function resetFailed(platform: Platform, projection: Projection): Promise<void> {
  const position = await resetFailedProjection(platform.dataSource, projection.name);
  if (position === null) console.log(`${projection.name} is not failed: nothing to reset`);
  else console.log(`${projection.name} reset: the projector runs it again from position ${position} within a few seconds (npm run projections -- status)`);
}

runCli(main, USAGE);
