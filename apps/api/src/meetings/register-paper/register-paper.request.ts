import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { OptionalText, Text } from '../../documents/http/validators';
import { SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/meetings/:id/papers: a paper of an agenda item. */
export class RegisterPaperRequest {
  @Text(1, 16, 'a1') agendaItemId!: string;
  @Text(1, SHORT_TEXT, 'Tờ trình số 45/TTr-SKHĐT') title!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'the registered document it is' })
  @IsOptional()
  @IsUUID('all', { message: 'documentId phải là mã văn bản (UUID)' })
  documentId?: string | null;
  @OptionalText(64, 'SHA-256 of an uploaded attachment') attachmentHash?: string | null;
}
