import { Body, Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { DocumentParams } from '../../documents/http/document-params';
import { AnswersCommand } from '../../http/open-api-schemas';
import { SignatureStreams } from '../signature-streams';
import { RECORDED_ANSWER, recordedView } from '../signature-views';
import { RecordSignatureRequest } from './record-signature.request';

@ApiTags('signatures')
@ApiBearerAuth()
@Controller('api/documents')
export class RecordSignatureRoute {
  constructor(
    private readonly signatures: SignatureStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/signatures')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Ghi nhận chữ ký số: `person` by the leader who signed (after DocumentSigned; 403 PERSON_SIGN_NOT_SIGNER), then `organisation` by a clerk only ' +
      '(403 ORG_SIGN_NOT_CLERK; 422 ORG_SIGN_BEFORE_PERSON). The attached signed PDF is verified by the product and serial, issuer, subject, signing time and ' +
      'the file’s SHA-256 are taken from it: 422 SIGNATURE_INVALID, NO_SIGNATURE_IN_FILE, NOT_THE_SIGNED_FILE, PERSON_SIGNATURE_NOT_IN_FILE (naming attachmentId).',
  })
  @AnswersCommand(RECORDED_ANSWER, 'recorded: `signature` as read from the file; a retry with the same Idempotency-Key answers the same')
  async record(@Param() { id }: DocumentParams, @Body() body: RecordSignatureRequest, @Req() request: AuthenticatedRequest) {
    const { revision, state } = await this.signatures.run({ type: 'record', documentId: id, kind: body.kind, attachmentId: body.attachmentId }, contextOf(request, this.clock));
    return { id, revision: revision.toString(), ...recordedView(body.kind, state) };
  }
}
