import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import type { PackedFile } from '../evidence/hashed-output';

/** The bytes of a file HashedOutput wrote in `dir`, from its zip form on disk (CRC-32 checked). */
export function packedBytes(dir: string, file: PackedFile): Buffer {
  const stored = readFileSync(join(dir, file.name));
  if (stored.length !== file.zip.storedSize) throw new Error(`${file.name}: ${stored.length} bytes on disk, ${file.zip.storedSize} announced`);
  const bytes = file.zip.method === 'deflate' ? inflateRawSync(stored) : stored;
  if (crc32(bytes) !== file.zip.crc32) throw new Error(`${file.name}: CRC-32 does not match`);
  return bytes;
}
