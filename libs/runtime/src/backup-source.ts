import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { takeBackup, type BackupManifest } from './backup';
import { BackupError } from './backup-error';
import { loadConfig } from './config';
import { withDatabase } from './databases';
import { startEmbeddedPostgres } from './embedded-postgres';
import { DATABASE } from './embedded-database';
import { runningEmbeddedPostgres } from './running-postgres';

/**
 * Backs up the product's PostgreSQL as the product finds it: DATABASE_URL; else the embedded
 * PostgreSQL of DATA_DIR, the running product's (backed up online, never started a second time),
 * or started here for the backup and stopped after it. `note` says which, and warns when the
 * event log lives in EventStoreDB, outside this backup.
 */
export async function backupProduct(env: NodeJS.ProcessEnv, out: string, note: (line: string) => void): Promise<BackupManifest> {
  // The backup signs nothing: a missing JWT_SECRET (required with DATABASE_URL) does not matter here.
  const config = loadConfig({ ...env, JWT_SECRET: env.JWT_SECRET?.trim() || randomBytes(32).toString('hex') });
  if (config.eventStoreConnectionString) note('the event log is in EventStoreDB (EVENTSTORE_CONNECTION_STRING): back it up with its own procedure (README); this backup holds PostgreSQL only');
  if (config.databaseUrl) {
    note('backing up the PostgreSQL of DATABASE_URL (its role needs the REPLICATION attribute)');
    return takeBackup({ databaseUrl: config.databaseUrl, out, source: 'DATABASE_URL' });
  }
  const source = `embedded PostgreSQL of ${config.dataDir}`;
  const running = runningEmbeddedPostgres(config.dataDir);
  if (running) {
    note(`backing up the running product's PostgreSQL (127.0.0.1:${running.port}) online`);
    return takeBackup({ databaseUrl: withDatabase(running.adminUrl, DATABASE), dataDir: config.dataDir, out, source });
  }
  if (!existsSync(join(config.dataDir, 'postgres', 'PG_VERSION'))) throw new BackupError(`no product data in ${config.dataDir}: set DATA_DIR (or DATABASE_URL)`);
  note(`the product is not running: starting the PostgreSQL of ${config.dataDir} for the backup`);
  const postgres = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres') });
  try {
    return await takeBackup({ databaseUrl: withDatabase(postgres.url, DATABASE), dataDir: config.dataDir, out, source });
  } finally {
    await postgres.stop();
  }
}
