import { PassThrough, Readable, Transform } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { blobSource, BlobTooLargeError, detectFileType, type StoredBlob } from '@office/storage';
import { ValidationFailedException } from '../../http/validation';
import { ATTACHMENTS, type AttachmentsRuntime, type ScanVerdict } from '../attachments-runtime';
import { checkFileType, isContainer, type TypeVerdict } from './file-types';
import { UploadRefused } from './upload-refused';

/** An uploaded file: stored bytes and what they are. It is referenced by an event only once attached. */
export interface UploadedFile {
  sha256: string;
  name: string;
  mediaType: string;
  size: number;
}

/** One file part of a multipart request, as @fastify/multipart hands it over. */
export interface FilePart {
  filename: string;
  file: Readable & { truncated?: boolean };
}

/** What the detector reads of a file's start. */
const HEAD_BYTES = 4096;
const MB = 1024 * 1024;

/**
 * Takes the files of one upload request, one at a time, as they stream in: the first bytes decide
 * the type (against the allow-list and the name's extension), then the bytes flow to the store
 * (hashed as they are written, visible only whole) and, when clamd is configured, to the scanner
 * at the same time. A refused file leaves nothing stored: the store never keeps a file longer than
 * the limit, and a file refused by the scanner is deleted unless the very same bytes were already
 * stored before this upload (another upload of them may be attached).
 */
@Injectable()
export class FileIntake {
  constructor(@Inject(ATTACHMENTS) private readonly attachments: AttachmentsRuntime) {}

  get limits() {
    return this.attachments.limits;
  }

  /** Every file of the request stored, in order; the first refusal stops the request. */
  async receive(parts: AsyncIterable<{ type: 'file' | 'field'; fieldname: string } & Partial<FilePart>>, declaredLength: number | null): Promise<UploadedFile[]> {
    const { maxRequestBytes, maxFiles } = this.limits;
    if (declaredLength !== null && declaredLength > maxRequestBytes + 64 * 1024) {
      throw new UploadRefused('REQUEST_TOO_LARGE', `Yêu cầu tải lên vượt quá ${megabytes(maxRequestBytes)}`, { limitBytes: maxRequestBytes });
    }
    const budget = { left: maxRequestBytes };
    const files: UploadedFile[] = [];
    for await (const part of parts) {
      if (part.type !== 'file' || !part.file) {
        throw new ValidationFailedException([{ field: part.fieldname, message: 'Chỉ nhận các tệp (trường "files"); không nhận trường khác' }]);
      }
      if (files.length >= maxFiles) {
        part.file.resume();
        throw new UploadRefused('TOO_MANY_FILES', `Mỗi lần tải lên tối đa ${maxFiles} tệp`, { limit: maxFiles });
      }
      files.push(await this.storeOne(part as FilePart, budget));
    }
    if (files.length === 0) throw new ValidationFailedException([{ field: 'files', message: 'Cần gửi ít nhất một tệp (multipart/form-data, trường "files")' }]);
    return files;
  }

  private async storeOne(part: FilePart, budget: { left: number }): Promise<UploadedFile> {
    const name = (part.filename ?? '').normalize('NFC').trim();
    if (!name) throw new ValidationFailedException([{ field: 'files', message: 'Tệp phải có tên' }]);
    const { head, content } = await peek(part.file, HEAD_BYTES);
    // Most types show in their first bytes: refused before a byte is stored. Office files only once whole.
    const early = isContainer(head) ? null : checkFileType(name, await detectFileType(head));
    if (early && !early.ok) {
      await drain(content);
      throw typeRefused(name, early);
    }
    const startedAt = Date.now();
    const counted = content.pipe(budgetCounter(budget, this.limits.maxRequestBytes));
    content.once('error', (error) => counted.destroy(error));
    const stored = await this.storeAndScan(name, counted, startedAt);
    const verdict = early ?? checkFileType(name, await detectFileType(blobSource(this.attachments.store, stored.sha256, stored.size)));
    if (!verdict.ok) {
      await this.forget(stored.sha256, startedAt);
      throw typeRefused(name, verdict);
    }
    return { sha256: stored.sha256, name, mediaType: verdict.mediaType, size: stored.size };
  }

  private async storeAndScan(name: string, content: Readable, startedAt: number): Promise<StoredBlob> {
    const { store, scanner, limits } = this.attachments;
    const tooLarge = () => new UploadRefused('FILE_TOO_LARGE', `Tệp "${name}" vượt quá giới hạn ${megabytes(limits.maxFileBytes)}`, { file: name, limitBytes: limits.maxFileBytes });
    const put = (stream: Readable) =>
      store.put(stream, { maxBytes: limits.maxFileBytes }).catch((error: unknown) => {
        if (error instanceof UploadRefused) throw error;
        if (error instanceof BlobTooLargeError || isMultipartSizeLimit(error)) throw tooLarge();
        throw refusalIn(error) ?? error;
      });
    if (!scanner) return put(content);

    // One source, two readers: the slower sets the pace (pipe waits for both), and whichever fails first stops the other.
    const toStore = new PassThrough();
    const toScan = new PassThrough();
    content.pipe(toStore);
    content.pipe(toScan);
    content.once('error', (error) => {
      toStore.destroy(error);
      toScan.destroy(error);
    });
    const storing = put(toStore).catch((error: unknown) => {
      toScan.destroy();
      throw error;
    });
    const scanning = scanner.scan(toScan).then(
      (found) => (toScan.resume(), found),
      (error: unknown) => {
        // Stopped without an error of its own: a small file may be stored already, and nobody listens to
        // toStore any more, so an 'error' event there would be uncaught. The scanner's error is answered below.
        toStore.destroy();
        throw error;
      },
    );
    const [stored, scanned] = await Promise.allSettled([storing, scanning]);
    // A file larger than allowed is that, whatever the scanner said of its beginning.
    if (stored.status === 'rejected' && stored.reason instanceof UploadRefused) throw stored.reason;
    if (stored.status === 'fulfilled' && (scanned.status === 'rejected' || !scanned.value.clean)) await this.forget(stored.value.sha256, startedAt);
    if (scanned.status === 'rejected') {
      throw new UploadRefused('SCANNER_UNAVAILABLE', 'Không kết nối được dịch vụ quét mã độc (ClamAV); tệp chưa được lưu, hãy thử lại sau', { file: name, scanner: scanner.describe() });
    }
    if (stored.status === 'rejected') throw stored.reason;
    if (!scanned.value.clean) {
      const signature = (scanned.value as Extract<ScanVerdict, { clean: false }>).signature;
      throw new UploadRefused('FILE_INFECTED', `Tệp "${name}" chứa mã độc (${signature}) và không được lưu`, { file: name, signature });
    }
    return stored.value;
  }

  /** Deletes bytes this upload stored; bytes stored before it (the same file uploaded earlier) stay. */
  private async forget(sha256: string, startedAt: number): Promise<void> {
    const stat = await this.attachments.store.stat(sha256);
    if (stat && stat.storedAt.getTime() >= startedAt - 1_000) await this.attachments.store.delete(sha256);
  }
}

function typeRefused(name: string, verdict: Extract<TypeVerdict, { ok: false }>): UploadRefused {
  return new UploadRefused('FILE_TYPE_NOT_ALLOWED', `Tệp "${name}" bị từ chối: ${verdict.reason}`, { file: name, reason: verdict.reason });
}

/** Reads the first `bytes` of a stream (fewer if it is shorter) and answers them with the whole content, head included. */
async function peek(stream: Readable, bytes: number): Promise<{ head: Buffer; content: Readable }> {
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  await new Promise<void>((resolve, reject) => {
    const done = () => {
      stream.pause();
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', reject);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= bytes) done();
    };
    const onEnd = () => {
      ended = true;
      done();
    };
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', reject);
  });
  const start = Buffer.concat(chunks);
  async function* whole() {
    yield start;
    if (!ended) yield* stream;
  }
  const content = Readable.from(whole(), { objectMode: false });
  // A truncated or failed part (limit reached, client gone) must fail the content, not end it quietly.
  stream.once('error', (error) => content.destroy(error));
  return { head: start.subarray(0, bytes), content };
}

/** Reads and discards the rest of a refused file, so the request's next bytes can be parsed. */
async function drain(stream: Readable): Promise<void> {
  await new Promise<void>((resolve) => {
    stream.once('end', resolve);
    stream.once('error', () => resolve());
    stream.once('close', resolve);
    stream.resume();
  });
}

/** Counts the request's bytes across its files; past the request's limit the upload stops. */
function budgetCounter(budget: { left: number }, limit: number): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      budget.left -= chunk.length;
      if (budget.left < 0) return callback(new UploadRefused('REQUEST_TOO_LARGE', `Yêu cầu tải lên vượt quá ${megabytes(limit)}`, { limitBytes: limit }));
      callback(null, chunk);
    },
  });
}

/** @fastify/multipart's own file-size stop (a backstop just above the store's limit). */
function isMultipartSizeLimit(error: unknown): boolean {
  return (error as { code?: string })?.code === 'FST_REQ_FILE_TOO_LARGE';
}

/** A refusal carried as the cause of the store's error (the stream failed under it). */
function refusalIn(error: unknown): UploadRefused | null {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) if (e instanceof UploadRefused) return e;
  return null;
}

function megabytes(bytes: number): string {
  return bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${bytes} byte`;
}
