import type { AttachmentsConfig } from '@office/runtime';
import { ClamdScanner, FileBlobStore, parseClamdAddress, parseS3Url, S3BlobStore, type BlobStore } from '@office/storage';
import type { AttachmentsRuntime, FileScanner } from './attachments-runtime';

/** The attachment store and scanner the configuration names: S3 when ATTACHMENTS_S3_URL is set, else the folder under DATA_DIR. */
export async function openAttachments(config: AttachmentsConfig): Promise<AttachmentsRuntime> {
  const store: BlobStore = config.s3Url ? await S3BlobStore.open(parseS3Url(config.s3Url)) : await FileBlobStore.open(config.root);
  const scanner: FileScanner | null = config.clamdAddress ? new ClamdScanner(parseClamdAddress(config.clamdAddress)) : null;
  return { store, scanner, limits: { maxFileBytes: config.maxFileBytes, maxRequestBytes: config.maxRequestBytes, maxFiles: config.maxFiles } };
}
