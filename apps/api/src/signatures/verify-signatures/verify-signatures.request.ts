import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** POST /api/documents/:id/signatures/verify: the attached PDF to check. */
export class VerifySignaturesRequest {
  @ApiProperty({ format: 'uuid', description: 'an attached PDF of the document (the scan received, the signed file, …)' })
  @IsUUID('all', { message: 'attachmentId phải là mã tệp đính kèm (UUID)' })
  attachmentId!: string;
}
