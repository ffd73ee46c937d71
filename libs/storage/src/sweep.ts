import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const HOUR = 60 * 60 * 1000;

/**
 * Removes the files of `folder` last written more than `olderThanMs` ago: uploads a crash abandoned.
 * Younger ones may be another process's upload in flight on the same folder, so they are left alone.
 */
export async function sweepStaleFiles(folder: string, olderThanMs: number): Promise<void> {
  const cutoff = Date.now() - olderThanMs;
  for (const name of await readdir(folder)) {
    const path = join(folder, name);
    const found = await stat(path).catch(() => null);
    if (found && found.mtimeMs <= cutoff) await rm(path, { force: true, recursive: true });
  }
}
