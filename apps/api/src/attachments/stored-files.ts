import { Inject, Injectable } from '@nestjs/common';
import { ruleViolation, type StoredFileInput } from '@office/domain';
import { blobSource, detectFileType, isSha256, type BlobStore } from '@office/storage';
import { BLOB_STORE } from './attachments-runtime';
import { checkFileType } from './upload/file-types';

/** A file to attach as the request names it: the stored bytes' hash and the name to show. */
export interface FileToAttach {
  sha256: string;
  name: string;
}

/**
 * What the store holds under a hash, checked before a decider is asked to attach it: the bytes must
 * be there (422 FILE_NOT_STORED naming `sha256`), and their type and size are read from them, never
 * taken from the request — so the event records what the bytes are. The name's extension must fit
 * the type, as at upload.
 */
@Injectable()
export class StoredFiles {
  constructor(@Inject(BLOB_STORE) private readonly store: BlobStore) {}

  async describe(file: FileToAttach, field = ''): Promise<StoredFileInput> {
    const at = (name: string) => (field ? `${field}.${name}` : name);
    const sha256 = typeof file.sha256 === 'string' ? file.sha256.toLowerCase() : '';
    if (!isSha256(sha256)) throw ruleViolation('INVALID_SHA256', 'sha256 phải gồm 64 chữ số hệ mười sáu', at('sha256'));
    const stat = await this.store.stat(sha256);
    if (!stat) throw ruleViolation('FILE_NOT_STORED', `Không có tệp ${sha256} trong kho tệp: hãy tải tệp lên (POST /api/files) trước khi đính kèm`, at('sha256'));
    const verdict = checkFileType(file.name ?? '', await detectFileType(blobSource(this.store, sha256, stat.size)));
    if (!verdict.ok) throw ruleViolation('FILE_TYPE_NOT_ALLOWED', `Tệp "${file.name}": ${verdict.reason}`, at('name'));
    return { sha256, name: file.name, mediaType: verdict.mediaType, size: stat.size };
  }
}
