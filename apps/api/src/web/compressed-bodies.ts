import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants, gunzip, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => promisify(gzip)(body, { level: constants.Z_BEST_COMPRESSION }),
};

const decompressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: promisify(brotliDecompress),
  gzip: promisify(gunzip),
};

/** Where compressed files are kept; read at each call: a test run points TMPDIR at a folder of its own before any API starts. */
export const compressedFolder = () => join(tmpdir(), 'office-ledger-web-compressed');

const PARTIAL = /\.(br|gzip)\.\d+\.[0-9a-f]{8}$/;
/** A partial file older than this was left by a process stopped mid-write (a younger one may still be written). */
const ABANDONED_MS = 10 * 60_000;
/** The sweep of partial files, once per process. */
let swept: Promise<void> | undefined;

/**
 * A web file compressed at the best ratio, kept on disk by its content's SHA-256 for every later start
 * and every other process of the machine: brotli at quality 11 costs ~0.3 s of CPU for Chart.js alone,
 * which each start of the API (and each test app, ~90 a test run) paid again. The folder is shared and
 * writable by others (the temporary folder), so a kept body is served only if it decompresses to exactly
 * the file's bytes (~1 ms); anything else is compressed again and replaced. Keeping it is best effort:
 * a folder that cannot be written costs only the time.
 */
export async function compressedBody(body: Buffer, sha256: string, encoding: Encoding): Promise<Buffer> {
  swept ??= sweepPartials();
  const file = join(compressedFolder(), `${sha256}.${encoding}`);
  const kept = await readFile(file).catch(() => null);
  if (kept && (await decompressors[encoding](kept).then((plain) => plain.equals(body), () => false))) return kept;
  const compressed = await compressors[encoding](body);
  // Written aside, then renamed: a reader never sees half a file, and two writers leave one whole one.
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await mkdir(compressedFolder(), { recursive: true })
    .then(() => writeFile(partial, compressed))
    .then(() => rename(partial, file))
    .catch(() => undefined);
  return compressed;
}

/** Once per process: removes the partial files that processes stopped mid-write left behind. */
export async function sweepPartials(): Promise<void> {
  const names = await readdir(compressedFolder()).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => PARTIAL.test(name))
      .map(async (name) => {
        const path = join(compressedFolder(), name);
        const { mtimeMs } = await stat(path);
        if (Date.now() - mtimeMs > ABANDONED_MS) await rm(path, { force: true });
      }),
  ).catch(() => undefined);
}
