import { open } from 'node:fs/promises';
import { BackupError } from './backup-error';

export interface TarEntry {
  /** Relative path, checked: never absolute, never through `..`. */
  path: string;
  type: 'file' | 'directory' | 'symlink';
  mode: number;
  size: number;
  /** The content, a piece at a time; read it before asking for the next entry. */
  content(): AsyncIterable<Buffer>;
}

const BLOCK = 512;
const PIECE = 1 << 20;

/**
 * The entries of a tar file as PostgreSQL's BASE_BACKUP writes it (ustar: regular files,
 * directories, symbolic links; names under 100 bytes). Small on purpose: the backup's own format,
 * read without a dependency. Every header's checksum is checked, so a damaged copy is named, not
 * unpacked into garbage.
 */
export async function* tarEntries(file: string): AsyncGenerator<TarEntry> {
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(BLOCK);
    for (let offset = 0; ; ) {
      const { bytesRead } = await handle.read(header, 0, BLOCK, offset);
      if (bytesRead < BLOCK) throw new BackupError(`${file} ends at byte ${offset + bytesRead}, inside a header: the copy is cut short`);
      if (header.every((byte) => byte === 0)) return;
      if (checksumOf(header) !== number(header, 148, 8)) throw new BackupError(`${file}: the header at byte ${offset} is damaged (checksum)`);
      const path = checkedPath(text(header, 345, 155) ? `${text(header, 345, 155)}/${text(header, 0, 100)}` : text(header, 0, 100), file);
      const size = number(header, 124, 12);
      const dataAt = offset + BLOCK;
      yield {
        path,
        type: typeOf(String.fromCharCode(header[156]), path, file),
        mode: number(header, 100, 8) & 0o7777,
        size,
        content: () => pieces(handle, dataAt, size, file),
      };
      offset = dataAt + Math.ceil(size / BLOCK) * BLOCK;
    }
  } finally {
    await handle.close();
  }
}

async function* pieces(handle: Awaited<ReturnType<typeof open>>, from: number, size: number, file: string): AsyncIterable<Buffer> {
  for (let at = from, left = size; left > 0; ) {
    const buffer = Buffer.alloc(Math.min(PIECE, left));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
    if (bytesRead === 0) throw new BackupError(`${file} ends at byte ${at}, inside a file: the copy is cut short`);
    yield buffer.subarray(0, bytesRead);
    at += bytesRead;
    left -= bytesRead;
  }
}

function typeOf(flag: string, path: string, file: string): TarEntry['type'] {
  if (flag === '0' || flag === '\0') return 'file';
  if (flag === '5') return 'directory';
  if (flag === '2') return 'symlink';
  throw new BackupError(`${file}: ${path} is of tar type "${flag}", which a PostgreSQL backup never holds`);
}

function checkedPath(path: string, file: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (!trimmed || trimmed.startsWith('/') || trimmed.split('/').some((part) => part === '..' || part === '')) throw new BackupError(`${file}: refusing the path "${path}"`);
  return trimmed;
}

function text(header: Buffer, at: number, length: number): string {
  const field = header.subarray(at, at + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

/** Octal digits, or GNU's base-256 form (high bit set) that PostgreSQL uses past 8 GB. */
function number(header: Buffer, at: number, length: number): number {
  if (header[at] & 0x80) return Number(header.subarray(at + 1, at + length).reduce((value, byte) => (value << 8n) | BigInt(byte), 0n));
  const digits = text(header, at, length).trim();
  return digits ? parseInt(digits, 8) : 0;
}

/** The sum of the header's bytes with its checksum field counted as spaces. */
function checksumOf(header: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
  return sum;
}
