import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { deflatedInZip, type PackedFile } from './hashed-output';
import { zipReadyEntries, type ReadyEntry } from './zip-writer';

/**
 * The zip of a pack prepared in `dir`: `manifest.json` first, then every file in manifest order.
 * The files lie on disk in their zip form already (HashedOutput deflated them as they were
 * written), so the zip only copies them, each read as the zip is consumed (nothing held in memory).
 */
export function zipPack(dir: string, manifest: Buffer, files: readonly PackedFile[], mtime: Date): Readable {
  return zipReadyEntries([inMemory('manifest.json', manifest), ...files.map((file) => onDisk(dir, file))], { mtime });
}

function onDisk(dir: string, file: PackedFile): ReadyEntry {
  return { name: file.name, size: file.size, ...file.zip, data: { path: join(dir, file.name) } };
}

function inMemory(name: string, bytes: Buffer): ReadyEntry {
  const deflate = deflatedInZip(name);
  const data = deflate ? deflateRawSync(bytes, { level: constants.Z_DEFAULT_COMPRESSION }) : bytes;
  return { name, size: bytes.length, method: deflate ? 'deflate' : 'store', crc32: crc32(bytes), storedSize: data.length, data };
}
