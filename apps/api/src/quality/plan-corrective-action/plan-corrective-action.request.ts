import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { Text } from '../../documents/http/validators';
import { LONG_TEXT, RealDayField } from '../../dossiers/dossier-validators';

/** POST /api/quality/nonconformities/:id/action. */
export class PlanCorrectiveActionRequest {
  @Text(1, LONG_TEXT, 'Bật cảnh báo hồ sơ sắp đến hạn') action!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId phải là mã người dùng (UUID)' })
  ownerId?: string | null;
  @RealDayField(true) dueOn?: string | null;
}
