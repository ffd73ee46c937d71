import type * as S3 from '@aws-sdk/client-s3';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { assertRange, assertSha256 } from '../blob-name';
import { isSha256, type BlobCheck, type BlobStore, type StoredBlob } from '../blob-store.port';
import { spoolToFile } from '../spool';
import { HOUR, sweepStaleFiles } from '../sweep';
import type { S3Location } from './s3-location';

/**
 * The AWS SDK, loaded when a bucket is opened: ~90 ms of CPU that every API process and every test
 * starting the app would otherwise pay at start, though attachments are on disk unless S3 is configured.
 */
const loadSdk = (): Promise<typeof S3> => import('@aws-sdk/client-s3');

export interface S3BlobStoreOptions {
  /** Local folder where an upload waits, hashed, before it is sent (default: the system's temp folder). */
  spoolDir?: string;
  /** Spooled files older than this were abandoned by a crash and are removed at start (default: an hour). */
  staleSpoolAfterMs?: number;
  /** A client of one's own (tests, custom credentials); by default one is made from the location. */
  client?: S3.S3Client;
}

/**
 * Attachments in an S3-compatible bucket, under `sha256/<hash>`, for deployments beyond one machine.
 *
 * The key is known only after every byte is read, so an upload is spooled to a local temporary file
 * while it is hashed, then sent with one PutObject carrying `ChecksumSHA256`: the server refuses bytes
 * that do not hash to it, and an object appears whole or not at all. The alternative (a multipart
 * upload to a temporary key, then CopyObject and delete) needs no local disk but leaves orphan temporary
 * objects after a crash, copies every byte twice on the server, and has no whole-object SHA-256 check;
 * our files are tens of MB, far below PutObject's 5 GB limit, so the spool is the simpler and safer way.
 */
export class S3BlobStore implements BlobStore {
  private constructor(
    private readonly sdk: typeof S3,
    private readonly client: S3.S3Client,
    private readonly location: S3Location,
    readonly spoolDir: string,
  ) {}

  /** Checks that the bucket answers, so a wrong URL or missing credentials fail at start, not at the first upload. */
  static async open(location: S3Location, options: S3BlobStoreOptions = {}): Promise<S3BlobStore> {
    const sdk = await loadSdk();
    const client = options.client ?? (await createS3Client(location));
    const store = new S3BlobStore(sdk, client, location, options.spoolDir ?? join(tmpdir(), 'office-ledger-s3-spool'));
    await mkdir(store.spoolDir, { recursive: true });
    await sweepStaleFiles(store.spoolDir, options.staleSpoolAfterMs ?? HOUR);
    try {
      await client.send(new sdk.HeadBucketCommand({ Bucket: location.bucket }));
    } catch (error) {
      throw new Error(`the attachment bucket cannot be reached (${store.describe()}): ${(error as Error).name} ${(error as Error).message}`, { cause: error });
    }
    return store;
  }

  async put(content: Readable, options: { maxBytes?: number } = {}): Promise<StoredBlob> {
    const spooled = join(this.spoolDir, `${randomUUID()}.part`);
    try {
      const blob = await spoolToFile(content, spooled, options.maxBytes);
      const existing = await this.stat(blob.sha256);
      if (existing?.size === blob.size) return blob;
      await this.client.send(
        new this.sdk.PutObjectCommand({
          Bucket: this.location.bucket,
          Key: this.keyOf(blob.sha256),
          Body: createReadStream(spooled),
          ContentLength: blob.size,
          ContentType: 'application/octet-stream',
          ChecksumSHA256: Buffer.from(blob.sha256, 'hex').toString('base64'),
        }),
      );
      return blob;
    } finally {
      await rm(spooled, { force: true });
    }
  }

  async get(sha256: string, range?: { start: number; end: number }): Promise<Readable | null> {
    assertSha256(sha256);
    if (range) assertRange(range);
    try {
      const answer = await this.client.send(
        new this.sdk.GetObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(sha256), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      return answer.Body as Readable;
    } catch (error) {
      if (this.isNotFound(error)) return null;
      if (this.statusOf(error) === 416) throw new RangeError(`the range ${range?.start}-${range?.end} starts past the end of the file`);
      throw error;
    }
  }

  async stat(sha256: string): Promise<{ size: number; storedAt: Date } | null> {
    assertSha256(sha256);
    try {
      const head = await this.client.send(new this.sdk.HeadObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(sha256) }));
      return { size: head.ContentLength ?? 0, storedAt: head.LastModified ?? new Date(0) };
    } catch (error) {
      if (this.isNotFound(error)) return null;
      throw error;
    }
  }

  async verify(sha256: string): Promise<BlobCheck> {
    const body = await this.get(sha256);
    if (!body) return { sha256, status: 'missing' };
    const hash = createHash('sha256');
    for await (const chunk of body) hash.update(chunk as Buffer);
    const actualSha256 = hash.digest('hex');
    return actualSha256 === sha256 ? { sha256, status: 'ok' } : { sha256, status: 'mismatch', actualSha256 };
  }

  async *list(): AsyncIterable<string> {
    const prefix = this.keyOf('');
    let ContinuationToken: string | undefined;
    do {
      const page = await this.client.send(new this.sdk.ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: prefix, ContinuationToken }));
      for (const object of page.Contents ?? []) {
        const name = object.Key?.slice(prefix.length) ?? '';
        if (isSha256(name)) yield name;
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }

  async delete(sha256: string): Promise<void> {
    assertSha256(sha256);
    await this.client.send(new this.sdk.DeleteObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(sha256) }));
  }

  describe(): string {
    const where = this.location.endpoint ? new URL(this.location.endpoint).host : `AWS ${this.location.region}`;
    return `s3://${this.location.bucket}/${this.location.prefix} at ${where}`;
  }

  private keyOf(sha256: string): string {
    return `${this.location.prefix}sha256/${sha256}`;
  }

  private statusOf(error: unknown): number | undefined {
    return error instanceof this.sdk.S3ServiceException ? error.$metadata.httpStatusCode : undefined;
  }

  private isNotFound(error: unknown): boolean {
    return this.statusOf(error) === 404 || (error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound'));
  }
}

/**
 * A client for the location. Checksums are computed by the SDK only when an operation requires them:
 * we send our own SHA-256, and the SDK's default CRC32 trailers (aws-chunked bodies) are not
 * understood by every S3-compatible server.
 */
export async function createS3Client(location: S3Location): Promise<S3.S3Client> {
  const { S3Client } = await loadSdk();
  return new S3Client({
    region: location.region,
    endpoint: location.endpoint,
    forcePathStyle: location.forcePathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
