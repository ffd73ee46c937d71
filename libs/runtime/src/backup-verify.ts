import { createHash } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BackupError } from './backup-error';
import { BASE_ARCHIVE, SERVER_MANIFEST } from './backup-protocol';
import { tarEntries } from './backup-tar';

/** What a verified backup holds. */
export interface VerifiedBackup {
  /** Files checked against the server's manifest, and their bytes. */
  files: number;
  bytes: number;
  /** WAL segments found for the manifest's WAL ranges. */
  walSegments: number;
  /** From the manifest (version 2, PostgreSQL 17 and later); null before. */
  systemIdentifier: string | null;
}

interface ManifestFile {
  Path?: string;
  'Encoded-Path'?: string;
  Size: number;
  'Checksum-Algorithm'?: string;
  Checksum?: string;
}

interface ServerManifest {
  'PostgreSQL-Backup-Manifest-Version': number;
  'System-Identifier'?: number | string;
  Files: ManifestFile[];
  'WAL-Ranges': Array<{ Timeline: number; 'Start-LSN': string; 'End-LSN': string }>;
}

const WAL_DIR = 'pg_wal';

/**
 * Checks a backup as pg_verifybackup does, which the embedded package does not ship either: the
 * manifest's own checksum; every file it lists present in base.tar with its size and SHA-256; no file
 * in base.tar it does not list; every WAL segment of its WAL ranges present. With `extractTo`, the
 * archive is unpacked there in the same single read, so a restore writes only what it verifies
 * (the caller throws the folder away when this throws).
 *
 * Not done: pg_verifybackup's parse of the WAL records themselves. The segments' presence and the
 * server's own recovery, which refuses to start on WAL that does not reach the backup's end, cover it.
 */
export async function verifyBackup(dir: string, extractTo?: string): Promise<VerifiedBackup> {
  const manifest = await readServerManifest(join(dir, SERVER_MANIFEST));
  const expected = new Map(manifest.Files.map((f) => [pathOf(f), f]));
  const problems: string[] = [];
  const walFiles = new Map<string, number>();
  let files = 0;
  let bytes = 0;
  if (extractTo) await mkdir(extractTo, { mode: 0o700 });
  for await (const entry of tarEntries(join(dir, BASE_ARCHIVE))) {
    if (entry.type === 'symlink') throw new BackupError(`${BASE_ARCHIVE} holds a symbolic link ${entry.path} (a tablespace?): not supported by this restore`);
    if (entry.type === 'directory') {
      if (extractTo) await mkdir(join(extractTo, entry.path), { recursive: true, mode: entry.mode });
      continue;
    }
    const hash = createHash('sha256');
    // The server syncs its whole data folder when it starts in recovery, so files are not synced one by one here.
    const out = extractTo ? await open(join(extractTo, entry.path), 'wx', entry.mode) : null;
    try {
      for await (const piece of entry.content()) {
        hash.update(piece);
        await out?.write(piece);
      }
    } finally {
      await out?.close();
    }
    const listed = expected.get(entry.path);
    // The WAL that BASE_BACKUP adds is not in the manifest (its WAL ranges name it); the rest of pg_wal is.
    if (!listed && entry.path.startsWith(`${WAL_DIR}/`)) {
      walFiles.set(entry.path.slice(WAL_DIR.length + 1), entry.size);
      continue;
    }
    expected.delete(entry.path);
    if (!listed) problems.push(`${entry.path}: in ${BASE_ARCHIVE} but not in the manifest`);
    else if (listed.Size !== entry.size) problems.push(`${entry.path}: ${entry.size} bytes, the manifest says ${listed.Size}`);
    else if (listed['Checksum-Algorithm'] !== 'SHA256' || listed.Checksum !== hash.digest('hex')) problems.push(`${entry.path}: content differs from the manifest's SHA-256`);
    files++;
    bytes += entry.size;
  }
  for (const path of expected.keys()) problems.push(`${path}: in the manifest but missing from ${BASE_ARCHIVE}`);
  const walSegments = checkWal(manifest, walFiles, problems);
  if (problems.length > 0) throw new BackupError(`the backup in ${dir} is damaged:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`);
  const systemIdentifier = manifest['System-Identifier'];
  return { files, bytes, walSegments, systemIdentifier: systemIdentifier === undefined ? null : String(systemIdentifier) };
}

/**
 * The manifest ends with `"Manifest-Checksum": "<sha-256>"}`: the hash of every byte before that
 * line. The System-Identifier may exceed 2^53, so it is kept as text, not parsed as a number.
 */
async function readServerManifest(path: string): Promise<ServerManifest> {
  const raw = await readFile(path);
  const at = raw.lastIndexOf('"Manifest-Checksum"');
  const recorded = /"Manifest-Checksum"\s*:\s*"([0-9a-f]{64})"/.exec(raw.subarray(at).toString('utf8'))?.[1];
  if (at === -1 || !recorded) throw new BackupError(`${path} has no manifest checksum`);
  if (createHash('sha256').update(raw.subarray(0, at)).digest('hex') !== recorded) throw new BackupError(`${path} is damaged: its checksum does not match`);
  const manifest = JSON.parse(raw.toString('utf8').replace(/("System-Identifier"\s*:\s*)(\d+)/, '$1"$2"')) as ServerManifest;
  if (![1, 2].includes(manifest['PostgreSQL-Backup-Manifest-Version'])) throw new BackupError(`${path}: manifest version ${manifest['PostgreSQL-Backup-Manifest-Version']} is not known here`);
  return manifest;
}

function pathOf(file: ManifestFile): string {
  return file.Path ?? Buffer.from(file['Encoded-Path'] ?? '', 'hex').toString('utf8');
}

/** Every segment from the one holding each range's start to the one holding its last byte, all of one size. */
function checkWal(manifest: ServerManifest, walFiles: Map<string, number>, problems: string[]): number {
  const sizes = new Set([...walFiles].filter(([name]) => /^[0-9A-F]{24}$/.test(name)).map(([, size]) => size));
  const [segmentSize] = sizes;
  if (sizes.size !== 1 || (segmentSize & (segmentSize - 1)) !== 0) {
    problems.push(`${WAL_DIR}: ${sizes.size === 0 ? 'no WAL segment' : 'WAL segments of unexpected sizes'}; the backup cannot be recovered`);
    return 0;
  }
  const perId = 0x1_0000_0000n / BigInt(segmentSize);
  let found = 0;
  for (const range of manifest['WAL-Ranges']) {
    const first = lsn(range['Start-LSN']) / BigInt(segmentSize);
    const last = (lsn(range['End-LSN']) - 1n) / BigInt(segmentSize);
    for (let segment = first; segment <= last; segment++) {
      const name = [BigInt(range.Timeline), segment / perId, segment % perId].map((n) => n.toString(16).toUpperCase().padStart(8, '0')).join('');
      if (walFiles.has(name)) found++;
      else problems.push(`${WAL_DIR}/${name}: a WAL segment the backup needs is missing`);
    }
  }
  if (manifest['WAL-Ranges'].length === 0) problems.push('the manifest names no WAL range');
  return found;
}

function lsn(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}
