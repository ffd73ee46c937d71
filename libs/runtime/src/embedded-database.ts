import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from './config';
import { ensureDatabase } from './databases';
import type { EmbeddedPostgresOptions } from './embedded-postgres';
import { superviseEmbeddedPostgres } from './postgres-supervisor';

/** The product's database on the embedded server. */
export const DATABASE = 'office_ledger';

/** The product's database on the embedded PostgreSQL of DATA_DIR, supervised until stopped. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the embedded PostgreSQL of `config.dataDir` and makes sure the product's database is on it.
 * Light to import (no ORM, no NestJS): the launcher starts it before it loads anything else.
 */
export async function startEmbeddedDatabase(config: AppConfig, log: (line: string) => void, options: Pick<EmbeddedPostgresOptions, 'ownSession'> = {}): Promise<EmbeddedDatabase> {
  mkdirSync(config.dataDir, { recursive: true });
  const started = Date.now();
  // Restarted if it dies: the pools of every process (API, workers, projector) reconnect to the same port.
  // Its shutdown request is said too: the log shows that it came last, after the API and the projector had stopped.
  const postgres = await superviseEmbeddedPostgres({ ...options, dataDir: join(config.dataDir, 'postgres'), log: (line) => /FATAL|PANIC|ERROR|shutdown request|embedded PostgreSQL/.test(line) && log(line.trim()) });
  log(`embedded PostgreSQL ready on 127.0.0.1:${postgres.port} in ${Date.now() - started} ms (data in ${config.dataDir})`);
  try {
    return { url: await ensureDatabase(postgres.url, DATABASE), stop: () => postgres.stop() };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}

/** The embedded default keeps one secret per data folder, so tokens survive a restart. */
export function localJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
