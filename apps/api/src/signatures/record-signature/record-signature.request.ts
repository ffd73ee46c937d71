import { ApiProperty } from '@nestjs/swagger';
import { SIGNATURE_KINDS, type SignatureKind } from '@office/domain';
import { IsUUID } from 'class-validator';
import { OneOf } from '../../documents/http/validators';

/** POST /api/documents/:id/signatures: which signature, found in which attached file (its facts are read from the file). */
export class RecordSignatureRequest {
  @OneOf(SIGNATURE_KINDS) kind!: SignatureKind;

  @ApiProperty({ format: 'uuid', description: 'the attachment (purpose `signed`) holding the signed PDF' })
  @IsUUID('all', { message: 'attachmentId phải là mã tệp đính kèm (UUID)' })
  attachmentId!: string;
}
