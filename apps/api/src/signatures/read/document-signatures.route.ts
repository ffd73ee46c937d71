import { Controller, Get, Inject, Param, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { signatureActions } from '@office/domain';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { DocumentParams } from '../../documents/http/document-params';
import { RecordedReads } from '../../documents/recorded-reads';
import { Answers } from '../../http/open-api-schemas';
import { SignatureStreams } from '../signature-streams';
import { SIGNATURES_SCHEMA, signaturesView } from '../signature-views';

@ApiTags('signatures')
@ApiBearerAuth()
@Controller('api/documents')
export class DocumentSignaturesRoute {
  constructor(
    private readonly signatures: SignatureStreams,
    private readonly reads: RecordedReads,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id/signatures')
  @ApiOperation({
    summary:
      'Chữ ký số of a document: the person’s and the organisation’s as recorded (serial, issuer, subject, signing time, file hash, trust), every check with its result per signature, ' +
      'and `actions`, the steps the caller may take now. As visible as the document (404 otherwise; a confidential one’s read is recorded).',
  })
  @Answers(SIGNATURES_SCHEMA)
  async list(@Param() { id }: DocumentParams, @Req() request: AuthenticatedRequest) {
    const context = contextOf(request, this.clock);
    const loaded = await this.reads.load(id, 'summary', context);
    const [state, document] = await Promise.all([this.signatures.read(id), this.signatures.documentOf(loaded)]);
    return signaturesView(id, state, signatureActions(state, document, context.actor));
  }
}
