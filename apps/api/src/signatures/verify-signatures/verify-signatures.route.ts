import { Body, Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { DocumentParams } from '../../documents/http/document-params';
import { AnswersCommand } from '../../http/open-api-schemas';
import { SignatureStreams } from '../signature-streams';
import { VERIFIED_ANSWER, verifiedView } from '../signature-views';
import { VerifySignaturesRequest } from './verify-signatures.request';

@ApiTags('signatures')
@ApiBearerAuth()
@Controller('api/documents')
export class VerifySignaturesRoute {
  constructor(
    private readonly signatures: SignatureStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/signatures/verify')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Kiểm tra chữ ký số of an attached PDF (ND 30 Art. 18, TT 41/2017 Art. 7): each signature’s digest over its byte ranges, its signature with the signer’s certificate, ' +
      'the certificate’s validity at signing, nothing appended after the last one; chain of trust only to roots configured in SIGNATURE_TRUSTED_ROOTS (else `trusted: false` with the reason). ' +
      'The result is recorded (DocumentSignatureVerified), a failing one too. Clerks and the people on the document’s path (403 VERIFY_NOT_ON_PATH); 422 NOT_A_PDF.',
  })
  @AnswersCommand(VERIFIED_ANSWER, 'recorded: `valid` is true only when the file has signatures and all hold')
  async verify(@Param() { id }: DocumentParams, @Body() body: VerifySignaturesRequest, @Req() request: AuthenticatedRequest) {
    const context = contextOf(request, this.clock);
    const { revision, events, state } = await this.signatures.run({ type: 'verify', documentId: id, attachmentId: body.attachmentId }, context);
    return { id, revision: revision.toString(), ...verifiedView(events, state, body.attachmentId, context.actor.userId) };
  }
}
