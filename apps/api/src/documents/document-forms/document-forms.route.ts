import { Controller, Get, Inject, Param, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { DocumentEvent } from '@office/domain';
import { documentSlipFileName, renderDocumentSlip } from '@office/forms';
import { contentDisposition } from '../../attachments/read/file-content';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersFile, PDF } from '../../http/open-api-schemas';
import { DocumentRepository } from '../document-repository';
import { RecordedReads } from '../recorded-reads';
import { documentSlipView } from './document-slip-views';
import { DocumentSlipParams } from './document-forms.request';

/** The printed slips of an incoming document (PDF, Vietnamese, national format), folded from its events. */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('api/documents')
export class DocumentFormsRoute {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly reads: RecordedReads,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Phiếu giải quyết văn bản đến (`processing-slip`) or phiếu trình (`submission-slip`), for those
   * who may read the document: a confidential one is 404 to anyone else, and its reading is
   * recorded like any read of its state.
   */
  @Get(':id/forms/:slip')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary:
      'The processing slip (phiếu giải quyết văn bản đến) or the submission slip (phiếu trình) of a document as PDF; visibility and recorded reads as reading the document; 409 WRONG_STATE (NOT_SUBMITTED) for a submission slip before the submission',
  })
  @AnswersFile('the slip, in Vietnamese', PDF)
  async slip(@Param() { id, slip }: DocumentSlipParams, @Req() request: AuthenticatedRequest): Promise<StreamableFile> {
    const [loaded, { organisation }] = await Promise.all([this.reads.load(id, 'state', contextOf(request, this.clock)), this.documents.decisionContext()]);
    const view = documentSlipView(slip, loaded.events as unknown as DocumentEvent[], organisation);
    const name = documentSlipFileName(slip, view.document.incomingNumber, view.document.incomingYear);
    return new StreamableFile(renderDocumentSlip(slip, view), { type: 'application/pdf', disposition: contentDisposition('inline', name) });
  }
}
