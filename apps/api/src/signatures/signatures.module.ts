import { Module } from '@nestjs/common';
import { CommandPipeline } from '../commands/command-pipeline';
import { DocumentsModule } from '../documents/documents.module';
import { DocumentSignaturesRoute } from './read/document-signatures.route';
import { RecordSignatureRoute } from './record-signature/record-signature.route';
import { SignatureStreams } from './signature-streams';
import { SignedFiles } from './signed-files';
import { SIGNATURE_TRUSTED_ROOTS, trustedRootsFrom } from './trusted-roots';
import { VerifySignaturesRoute } from './verify-signatures/verify-signatures.route';

/**
 * Digital signatures on documents (DOMAIN.md §10, research/next-domains.md §E.2): the person's then
 * the organisation's, recorded from a PDF the product verified, and checks of received PDFs, on the
 * stream `signatures-<documentId>`. The attachment store comes from the global AttachmentStoreModule.
 */
@Module({
  imports: [DocumentsModule],
  controllers: [RecordSignatureRoute, VerifySignaturesRoute, DocumentSignaturesRoute],
  providers: [CommandPipeline, SignatureStreams, SignedFiles, { provide: SIGNATURE_TRUSTED_ROOTS, useFactory: () => trustedRootsFrom() }],
})
export class SignaturesModule {}
