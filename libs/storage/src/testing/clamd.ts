import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { ClamdScanner } from '../scan/clamd-scanner';

export const CLAMD_BINARY = '/usr/sbin/clamd';
/** The name our own signature gives EICAR; clamd reports it with `.UNOFFICIAL` after it. */
export const TEST_SIGNATURE = 'Office-Ledger-Test-Eicar';

/**
 * The EICAR anti-virus test file (eicar.org): harmless, yet every scanner reports it. Built from two
 * halves so that the repository itself holds no file a scanner would flag.
 */
export function eicarTestString(): string {
  return ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$EIC', 'AR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join('');
}

export interface TestClamd {
  /** A scanner on clamd's Unix socket, and one on its TCP port. */
  socketScanner: ClamdScanner;
  tcpScanner: ClamdScanner;
  /** Values for CLAMD_ADDRESS. */
  socketPath: string;
  tcpAddress: string;
  stop(): Promise<void>;
}

/**
 * Starts Debian's clamd (null when it is not installed) on a folder of its own, listening on a Unix
 * socket and a free TCP port. The official signatures cannot be downloaded offline, so its database is
 * one line of our own (an `.hdb`: MD5, size and name of the EICAR string): enough to prove the wiring.
 * `StreamMaxLength` is small so that refusing an over-long stream can be tested cheaply.
 */
export async function startTestClamd(options: { streamMaxLength?: string } = {}): Promise<TestClamd | null> {
  if (!existsSync(CLAMD_BINARY)) return null;
  const folder = await mkdtemp(join(tmpdir(), 'clamd-'));
  const eicar = eicarTestString();
  await writeFile(join(folder, 'office-ledger-test.hdb'), `${createHash('md5').update(eicar).digest('hex')}:${eicar.length}:${TEST_SIGNATURE}\n`);
  const socketPath = join(folder, 'clamd.sock');
  const port = await freePort();
  await writeFile(
    join(folder, 'clamd.conf'),
    [
      'Foreground yes',
      `LocalSocket ${socketPath}`,
      `TCPSocket ${port}`,
      'TCPAddr 127.0.0.1',
      `DatabaseDirectory ${folder}`,
      'LogSyslog no',
      `StreamMaxLength ${options.streamMaxLength ?? '8M'}`,
      '',
    ].join('\n'),
  );
  const child = spawn(CLAMD_BINARY, ['-c', join(folder, 'clamd.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (data: Buffer) => (errors += data.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const socketScanner = new ClamdScanner({ path: socketPath }, { connectTimeoutMs: 1_000 });
  const tcpScanner = new ClamdScanner({ host: '127.0.0.1', port }, { connectTimeoutMs: 1_000 });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    }
    await rm(folder, { recursive: true, force: true });
  };
  for (const deadline = Date.now() + 60_000; ; ) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`clamd exited at start (${child.exitCode}): ${errors}`);
    }
    const up = await Promise.all([socketScanner.ping(), tcpScanner.ping()]).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`clamd did not answer PING within 60 s: ${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { socketScanner, tcpScanner, socketPath, tcpAddress: `127.0.0.1:${port}`, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
