import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { Text } from '../../documents/http/validators';
import { LONG_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/quality/nonconformities/:id/verify. */
export class VerifyCorrectiveActionRequest {
  @ApiProperty() @IsBoolean({ message: 'effective phải là true hoặc false' }) effective!: boolean;
  @Text(1, LONG_TEXT, 'Ba tháng liền không có hồ sơ trễ hạn') note!: string;
}
