import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from '@office/runtime';

export interface ApiProcess {
  baseUrl: string;
  pid: number;
  rssMb(): number;
  /** User + system CPU the API process has used so far (its own, not the projector's), in ms: load-independent, unlike req/s. */
  cpuMs(): number;
  /** Queries (round trips) the API process has sent to PostgreSQL so far. */
  queries(): Promise<number>;
  login(username: string): Promise<string>;
  stop(): Promise<void>;
}

/** The real server (`npm start`'s entry) as a child process on `databaseUrl`, so its memory and CPU are its own. */
export async function startApiProcess(databaseUrl: string): Promise<ApiProcess> {
  const port = await freePort();
  // BENCH_API_NODE_ARGS, e.g. `--cpu-prof`, profiles the API under load.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const countFile = join(mkdtempSync(join(tmpdir(), 'office-ledger-bench-queries-')), 'count');
  const counter = ['--require', join(__dirname, 'query-counter.js')];
  const child: ChildProcess = spawn(process.execPath, [...counter, ...nodeArgs, join(__dirname, '..', 'apps', 'server', 'src', 'main.js')], {
    env: { ...process.env, BENCH_QUERY_COUNT_FILE: countFile, PORT: String(port), DATABASE_URL: databaseUrl, JWT_SECRET: 'bench-secret-bench-secret-bench-secret!', LOG_LEVEL: 'warn', SEED_DEMO_ORGANISATION: 'true', SEED_DEMO_DOCUMENTS: 'false' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (i > 1800) throw new Error('API did not become healthy in 180 s'); // a busy machine (shared CI) can take minutes
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl,
    pid: child.pid!,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    cpuMs: () => processCpuMs(child.pid!),
    async queries() {
      rmSync(countFile, { force: true });
      child.kill('SIGUSR2');
      for (let i = 0; !existsSync(countFile) || readFileSync(countFile, 'utf8') === ''; i++) {
        if (i > 200) throw new Error('the API did not report its query count (query-counter.js not preloaded?)');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return Number(readFileSync(countFile, 'utf8'));
    },
    async login(username) {
      const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
      // A refused login would make every request of the load a 401: stop here instead.
      if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { accessToken: string }).accessToken;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          rmSync(dirname(countFile), { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

let ticksPerSecond: number | undefined;

/** utime + stime of /proc/<pid>/stat (fields 14 and 15, in clock ticks), in ms. */
function processCpuMs(pid: number): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}
