import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_SLIP_KINDS, type DocumentSlipKind } from '@office/forms';
import { IsIn } from 'class-validator';
import { DocumentParams } from '../http/document-params';

export class DocumentSlipParams extends DocumentParams {
  @ApiProperty({ enum: DOCUMENT_SLIP_KINDS })
  @IsIn(DOCUMENT_SLIP_KINDS, { message: `slip phải là một trong: ${DOCUMENT_SLIP_KINDS.join(', ')}` })
  slip!: DocumentSlipKind;
}
