import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { LocalDateField, Text } from '../../documents/http/validators';
import { SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST …/items/:itemId/papers: the agency's papers (hồ sơ trình), the day they reached the Office, their số, ký hiệu. */
export class RecordPapersRequest {
  @LocalDateField() submittedOn!: string;
  @Text(1, SHORT_TEXT, '45/TTr-SKHĐT') symbol!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'the incoming document that carried them' })
  @IsOptional()
  @IsUUID('all', { message: 'documentId phải là mã văn bản (UUID)' })
  documentId?: string | null;
}
