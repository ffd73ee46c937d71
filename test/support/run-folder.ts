import { mkdirSync, mkdtempSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The run's own folder, removed at its end: the test server's data (`pg/`) and every temporary file of
 * the run (`tmp/`, the TMPDIR of the test workers, of Chromium and of the processes tests start). It is
 * made in memory (/dev/shm) when there is room to spare, otherwise in the system's temporary folder.
 * PostgreSQL creates and removes a file per table and index, and each test app's database is a copy of a
 * template of ~1,500 files: a file created on this machine's disk costs ~0.5 ms of CPU against ~0.03 ms
 * in memory (a copy: ~450 ms of the server's CPU on disk, 15–45 ms in memory). TEST_RUN_DIR names the
 * folder to make it in instead.
 */
export function makeRunFolder(): { root: string; database: string; temporary: string } {
  const root = mkdtempSync(join(parentFolder(), 'office-ledger-test-'));
  const temporary = join(root, 'tmp');
  mkdirSync(temporary);
  return { root, database: join(root, 'pg'), temporary };
}

const MEMORY_FOLDER = '/dev/shm';
/** A whole run's databases (2–3 GB: they are dropped at its end), its temporary files and the WAL, with room left over. */
const ROOM_NEEDED = 6 * 1024 ** 3;

function parentFolder(): string {
  if (process.env.TEST_RUN_DIR) return process.env.TEST_RUN_DIR;
  return hasRoom(MEMORY_FOLDER, ROOM_NEEDED) ? MEMORY_FOLDER : tmpdir();
}

function hasRoom(folder: string, bytes: number): boolean {
  try {
    const { bavail, bsize } = statfsSync(folder);
    return bavail * bsize >= bytes;
  } catch {
    return false;
  }
}
