import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { PackedFile } from './hashed-output';

/**
 * The zip of a pack prepared in `dir`: `manifest.json` first, then every file in manifest order,
 * each read from disk as the zip is consumed (nothing held in memory). Answers the zip's stream.
 */
export function zipPack(dir: string, manifest: Buffer, files: readonly PackedFile[], mtime: Date): Readable {
  const zip = new ZipFile();
  zip.addBuffer(manifest, 'manifest.json', { mtime, compress: true });
  for (const file of files) zip.addFile(join(dir, file.name), file.name, { mtime, compress: !/\.(zip|xlsx|pdf)$/.test(file.name) });
  zip.end();
  return zip.outputStream as Readable;
}
