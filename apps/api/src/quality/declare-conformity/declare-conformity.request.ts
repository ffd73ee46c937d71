import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Text } from '../../documents/http/validators';
import { RealDayField, SHORT_TEXT, TextList } from '../../dossiers/dossier-validators';

/** POST /api/quality/declarations. */
export class DeclareConformityRequest {
  @Text(1, SHORT_TEXT, 'Quyết định số 25/QĐ-VP') decisionNo!: string;
  @RealDayField() declaredOn!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'reviewId phải là mã cuộc xem xét (UUID)' }) reviewId!: string;
  @TextList(2000, 32, '1.004227') procedureCodes!: string[];
}
