import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PostgresEventStore } from '@office/event-store';
import { Client } from 'pg';
import { BackupError } from './backup-error';
import { takeBaseBackup } from './backup-protocol';
import { verifyBackup, type VerifiedBackup } from './backup-verify';

/** Ours, beside the server's files; written last, so a folder without it is not a finished backup. */
export const BACKUP_MANIFEST = 'office-ledger-backup.json';
/** The embedded default's JWT secret in DATA_DIR (platform.ts), carried along so tokens and sessions survive a restore. */
export const JWT_SECRET_FILE = 'jwt-secret';

export interface BackupManifest {
  format: 1;
  /** When the backup started (the head below was read then) and when it was verified. */
  startedAt: string;
  finishedAt: string;
  /** What was backed up, in words (DATABASE_URL, or the embedded PostgreSQL of which DATA_DIR). */
  source: string;
  server: { version: string; systemIdentifier: string; timeline: number };
  wal: { start: string; stop: string };
  /**
   * The event log's head position when the backup started: every event at or before it is in the
   * backup (and possibly later ones). Null when this PostgreSQL holds no log (EventStoreDB holds it).
   */
  headPosition: string | null;
  /** Whether DATA_DIR's JWT secret is in the backup (embedded default only). */
  jwtSecret: boolean;
  verified: VerifiedBackup;
}

export interface BackupOptions {
  /** The product's database: where the log's head is read; BASE_BACKUP then copies the whole cluster. */
  databaseUrl: string;
  /** The embedded default's DATA_DIR, whose JWT secret goes along; none for an external server. */
  dataDir?: string;
  /** An empty or new folder. */
  out: string;
  source: string;
}

/**
 * A consistent online physical backup of the product's PostgreSQL into `out`: the server's base
 * backup with its WAL and manifest (backup-protocol.ts), the JWT secret of the embedded default, and
 * our manifest; verified before it is declared done. A failed backup leaves nothing behind.
 */
export async function takeBackup(options: BackupOptions): Promise<BackupManifest> {
  const out = resolve(options.out);
  const existed = existsSync(out);
  if (existed && (await readdir(out)).length > 0) throw new BackupError(`${out} is not empty: a backup goes into a new or empty folder`);
  await mkdir(out, { recursive: true, mode: 0o700 });
  try {
    const startedAt = new Date().toISOString();
    const headPosition = await logHead(options.databaseUrl);
    const base = await takeBaseBackup(options.databaseUrl, out, `office-ledger ${startedAt}`);
    const secret = options.dataDir ? join(options.dataDir, JWT_SECRET_FILE) : null;
    const jwtSecret = secret !== null && existsSync(secret);
    if (jwtSecret) await copyFile(secret, join(out, JWT_SECRET_FILE));
    const verified = await verifyBackup(out);
    if (verified.systemIdentifier !== null && verified.systemIdentifier !== base.systemIdentifier) {
      throw new BackupError(`the manifest names system ${verified.systemIdentifier}, the server is ${base.systemIdentifier}`);
    }
    const manifest: BackupManifest = {
      format: 1,
      startedAt,
      finishedAt: new Date().toISOString(),
      source: options.source,
      server: { version: base.serverVersion, systemIdentifier: base.systemIdentifier, timeline: base.timeline },
      wal: { start: base.startLsn, stop: base.stopLsn },
      headPosition,
      jwtSecret,
      verified,
    };
    await writeFile(join(out, BACKUP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600, flush: true });
    return manifest;
  } catch (error) {
    // An empty folder given by the operator (a mount point, say) stays; only what was written goes.
    if (!existed) await rm(out, { recursive: true, force: true });
    else for (const name of await readdir(out)) await rm(join(out, name), { recursive: true, force: true });
    throw error;
  }
}

/** Read before BASE_BACKUP starts, so that every event acknowledged until then is at or before it. */
async function logHead(databaseUrl: string): Promise<string | null> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ present: boolean }>(`SELECT to_regclass('event_store.events') IS NOT NULL AS present`);
    if (!rows[0].present) return null;
  } finally {
    await client.end();
  }
  const store = new PostgresEventStore({ connectionString: databaseUrl, poolSize: 1 });
  try {
    return (await store.headPosition()).toString();
  } finally {
    await store.close();
  }
}
