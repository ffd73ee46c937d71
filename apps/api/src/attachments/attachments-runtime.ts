import type { Readable } from 'node:stream';
import type { BlobStore } from '@office/storage';

/** Nest's token of the attachment store (the BlobStore port: files under DATA_DIR, or S3). */
export const BLOB_STORE = Symbol('BLOB_STORE');
/** Nest's token of the whole attachments runtime: store, scanner and limits. */
export const ATTACHMENTS = Symbol('ATTACHMENTS');

/** What ClamAV said of a file. */
export type ScanVerdict = { clean: true } | { clean: false; signature: string };

/** The malware scanner (clamd when configured); `scan` throws when it cannot be reached. */
export interface FileScanner {
  scan(content: Readable): Promise<ScanVerdict>;
  /** Whether clamd answers now (for /health); throws when it does not. */
  ping(): Promise<void>;
  describe(): string;
}

export interface UploadLimits {
  /** The largest file (ATTACHMENT_MAX_BYTES). */
  maxFileBytes: number;
  /** The largest request, its files together (ATTACHMENT_REQUEST_MAX_BYTES). */
  maxRequestBytes: number;
  /** Files per request (ATTACHMENT_MAX_FILES). */
  maxFiles: number;
}

/** What the API needs to keep attached files: opened by the launcher (or by `createApi` from the environment). */
export interface AttachmentsRuntime {
  store: BlobStore;
  /** null: no CLAMD_ADDRESS, uploads are not scanned (and /health says so). */
  scanner: FileScanner | null;
  limits: UploadLimits;
}
