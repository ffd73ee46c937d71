import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type AppConfig } from './config';
import { ensureDatabase } from './databases';
import { embeddedAdminUrl } from './embedded-postgres';
import { DATABASE } from './embedded-database';
import { openPlatform, type Platform } from './platform';


/**
 * The embedded PostgreSQL that a running product holds under `dataDir/postgres`, read from its
 * postmaster.pid (line 1: process id, line 4: port); null when none is running.
 */
export function runningEmbeddedPostgres(dataDir: string): { pid: number; port: number; adminUrl: string } | null {
  const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0 || !isAlive(pid)) return null;
  return { pid, port, adminUrl: embeddedAdminUrl(port) };
}

/**
 * How a command-line tool (projections, demo) reaches the product's data, like the product does:
 * DATABASE_URL; else the embedded PostgreSQL of DATA_DIR, the running product's (never started a
 * second time: the product would take it for an orphan) or started here while the tool runs.
 * Tools sign no tokens, so a missing JWT_SECRET is replaced by a throwaway one.
 */
export async function openToolPlatform(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<{ platform: Platform; config: AppConfig; where: string }> {
  const config = loadConfig({ ...env, JWT_SECRET: env.JWT_SECRET?.trim() || randomBytes(32).toString('hex') });
  if (config.databaseUrl) return { platform: await openPlatform(config, log), config, where: 'DATABASE_URL' };
  const running = runningEmbeddedPostgres(config.dataDir);
  if (running) {
    const databaseUrl = await ensureDatabase(running.adminUrl, DATABASE);
    return { platform: await openPlatform({ ...config, databaseUrl }, log), config, where: `the running product's PostgreSQL (127.0.0.1:${running.port})` };
  }
  return { platform: await openPlatform(config, log), config, where: `embedded PostgreSQL in ${config.dataDir}` };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
