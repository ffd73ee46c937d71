import { Module, type DynamicModule } from '@nestjs/common';
import { ATTACHMENTS, BLOB_STORE, type AttachmentsRuntime } from './attachments-runtime';
import { StoredFiles } from './stored-files';
import { FileIntake } from './upload/file-intake';

/**
 * The attachment store, scanner and limits the launcher opened, for every module (global): the
 * documents' and dossiers' registrations take their scans with them, verification and the
 * evidence pack read the bytes, /health describes them.
 */
@Module({})
export class AttachmentStoreModule {
  static forRoot(runtime: AttachmentsRuntime): DynamicModule {
    return {
      module: AttachmentStoreModule,
      global: true,
      providers: [{ provide: ATTACHMENTS, useValue: runtime }, { provide: BLOB_STORE, useValue: runtime.store }, StoredFiles, FileIntake],
      exports: [ATTACHMENTS, BLOB_STORE, StoredFiles, FileIntake],
    };
  }
}
