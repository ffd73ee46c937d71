import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { OptionalText, Text } from '../../documents/http/validators';
import { SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/meetings/:id/decide-absence: the presiding leader's answer to one member's absence. */
export class DecideAbsenceRequest {
  @Text(1, SHORT_TEXT, 'Giám đốc Sở Tài chính') member!: string;
  @ApiProperty() @IsBoolean({ message: 'approved phải là true hoặc false' }) approved!: boolean;
  @OptionalText(2000) note?: string | null;
}
