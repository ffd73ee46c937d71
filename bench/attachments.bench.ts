import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { FileBlobStore, parseS3Url, S3BlobStore, type BlobStore } from '@office/storage';
import { report, type Figure } from './harness';

const MB = Number(process.env.BENCH_ATTACHMENT_MB ?? 50);
const ROUNDS = Number(process.env.BENCH_ATTACHMENT_ROUNDS ?? 3);
const run = promisify(execFile);

/**
 * Attachments through the embedded store against `cp` of the same file on the same disk, in the same
 * run: upload is `put` (read, SHA-256, write, fsync, rename, fsync of the folder), download is `get`
 * written out to a file, verify is `verify` (re-read and re-hash) against `sha256sum`. Each figure is
 * the median of ROUNDS rounds, each on a fresh file so that no upload is a stored-once shortcut.
 * With ATTACHMENTS_S3_URL set, the same upload and download through S3BlobStore are measured too.
 */
export async function attachmentsBench(): Promise<Figure[]> {
  const folder = await mkdtemp(join(process.env.BENCH_ATTACHMENTS_DIR ?? tmpdir(), 'office-ledger-bench-files-'));
  const store = await FileBlobStore.open(join(folder, 'files'));
  const s3Url = process.env.ATTACHMENTS_S3_URL;
  const s3 = s3Url ? await S3BlobStore.open(parseS3Url(s3Url), { spoolDir: join(folder, 's3-spool') }) : null;
  const times = { put: [] as number[], get: [] as number[], verify: [] as number[], cp: [] as number[], cpSync: [] as number[], sha256sum: [] as number[], s3Put: [] as number[], s3Get: [] as number[] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const source = join(folder, `source-${round}.bin`);
      await writeRandomFile(source, MB);
      times.cp.push(await timed(() => run('cp', [source, join(folder, `cp-${round}.bin`)])));
      times.cpSync.push(await timed(() => run('sh', ['-c', 'cp "$1" "$2" && sync "$2"', 'sh', source, join(folder, `cp-sync-${round}.bin`)])));
      const { put, get } = await upAndDown(store, source, join(folder, `get-${round}.bin`));
      times.put.push(put.seconds);
      times.get.push(get);
      times.verify.push(await timed(() => store.verify(put.sha256)));
      times.sha256sum.push(await timed(() => run('sha256sum', [source])));
      if (s3) {
        const remote = await upAndDown(s3, source, join(folder, `s3-get-${round}.bin`));
        times.s3Put.push(remote.put.seconds);
        times.s3Get.push(remote.get);
        await s3.delete(remote.put.sha256);
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const rate = (seconds: number[]) => MB / median(seconds);
  const cp = { name: `cp of the same ${MB} MB file, same disk`, value: rate(times.cp) };
  const note = `median of ${ROUNDS}; cp + sync of the file: ${rate(times.cpSync).toFixed(0)} MB/s`;
  const remote = s3
    ? [
        report({ bench: 'attachments', name: `upload ${MB} MB (S3BlobStore.put: spool, hash, PutObject)`, value: rate(times.s3Put), unit: 'MB/s', baseline: cp, note: `${s3.describe()}; ${note}` }),
        report({ bench: 'attachments', name: `download ${MB} MB (S3BlobStore.get to a file)`, value: rate(times.s3Get), unit: 'MB/s', baseline: cp, note: `${s3.describe()}; ${note}` }),
      ]
    : [];
  return [
    report({ bench: 'attachments', name: `upload ${MB} MB (FileBlobStore.put: hash, write, fsync, rename)`, value: rate(times.put), unit: 'MB/s', baseline: cp, note }),
    report({ bench: 'attachments', name: `download ${MB} MB (FileBlobStore.get to a file)`, value: rate(times.get), unit: 'MB/s', baseline: cp, note }),
    report({ bench: 'attachments', name: `verify ${MB} MB (FileBlobStore.verify: re-read, re-hash)`, value: rate(times.verify), unit: 'MB/s', baseline: { name: 'sha256sum of the same file', value: rate(times.sha256sum) }, note: `median of ${ROUNDS}` }),
    ...remote,
  ];
}

/** One upload of `source` and one download of it to `target`, timed. */
async function upAndDown(store: BlobStore, source: string, target: string): Promise<{ put: { seconds: number; sha256: string }; get: number }> {
  let sha256 = '';
  const seconds = await timed(async () => void ({ sha256 } = await store.put(createReadStream(source))));
  const get = await timed(async () => pipeline((await store.get(sha256)) as NodeJS.ReadableStream, createWriteStream(target)));
  return { put: { seconds, sha256 }, get };
}

/** Random bytes, so that no layer can compress or deduplicate them, written and flushed to disk. */
async function writeRandomFile(path: string, megabytes: number): Promise<void> {
  const file = await open(path, 'w');
  try {
    for (let i = 0; i < megabytes; i++) await file.write(randomBytes(1024 * 1024));
    await file.sync();
  } finally {
    await file.close();
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
