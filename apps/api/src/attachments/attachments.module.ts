import { Module } from '@nestjs/common';
import { CommandPipeline } from '../commands/command-pipeline';
import { DocumentsModule } from '../documents/documents.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { AttachDocumentFileHandler } from './documents/attach-document-file.handler';
import { DocumentAttachmentsRoute } from './documents/document-attachments.route';
import { DossierAttachmentsRoute } from './dossiers/dossier-attachments.route';
import { DossierFiles } from './dossiers/dossier-files';
import { UploadFilesRoute } from './upload/upload-files.route';

/**
 * Attachments (DOMAIN.md §11, issue #15): upload (stored bytes), attach (an event in the document's
 * or dossier's stream), list and download with the owner's visibility. The store itself comes from
 * the global AttachmentStoreModule.
 */
@Module({
  imports: [DocumentsModule, ReadModelsModule],
  controllers: [UploadFilesRoute, DocumentAttachmentsRoute, DossierAttachmentsRoute],
  providers: [CommandPipeline, AttachDocumentFileHandler, DossierFiles],
})
export class AttachmentsModule {}
