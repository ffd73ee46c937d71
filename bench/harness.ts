import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from '@office/runtime';

/** A figure a benchmark measured; printed as one JSON line and as a table row. */
export interface Figure {
  bench: string;
  name: string;
  value: number;
  unit: string;
  /** The raw-PostgreSQL figure this one is compared with, measured in the same run. */
  baseline?: { name: string; value: number };
  note?: string;
}

export function report(figure: Figure): Figure {
  const ratio = figure.baseline ? figure.value / figure.baseline.value : undefined;
  console.log(JSON.stringify({ ...figure, ratio: ratio === undefined ? undefined : Number(ratio.toFixed(3)) }));
  return figure;
}

export function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [
    f.name,
    `${format(f.value)} ${f.unit}`,
    f.baseline ? `${format(f.baseline.value)} (${f.baseline.name})` : '',
    f.baseline ? `${((f.value / f.baseline.value) * 100).toFixed(0)} %` : '',
  ]);
  const header = ['figure', 'measured', 'baseline, same run', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(['', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
}

function format(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function rssMb(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}

/** A durable (fsync on) embedded PostgreSQL in a temporary folder, or BENCH_DATABASE_URL. */
export async function benchDatabase(name: string): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) return { url: await ensureDatabase(process.env.BENCH_DATABASE_URL, name), stop: async () => undefined };
  const root = mkdtempSync(join(tmpdir(), 'office-ledger-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(root, 'pg') });
  const url = await ensureDatabase(pg.url, name);
  return {
    url,
    stop: async () => {
      await pg.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Runs `worker` on `concurrency` loops for `seconds`; answers operations per second. */
export async function forDuration(seconds: number, concurrency: number, worker: (loop: number, i: number) => Promise<void>): Promise<{ opsPerSecond: number; ops: number }> {
  const until = Date.now() + seconds * 1000;
  let ops = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, loop) => {
      for (let i = 0; Date.now() < until; i++) {
        await worker(loop, i);
        ops++;
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  return { opsPerSecond: ops / elapsed, ops };
}
