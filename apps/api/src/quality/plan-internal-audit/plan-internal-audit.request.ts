import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsUUID, Max, Min } from 'class-validator';
import { Text } from '../../documents/http/validators';
import { RealDayField, SHORT_TEXT, TextList } from '../../dossiers/dossier-validators';

/** POST /api/quality/audits. */
export class PlanInternalAuditRequest {
  @ApiProperty({ example: 2026 })
  @IsInt({ message: 'year phải là năm (số nguyên)' })
  @Min(2000, { message: 'year từ 2000 đến 9999' })
  @Max(9999, { message: 'year từ 2000 đến 9999' })
  year!: number;
  @Text(1, SHORT_TEXT, 'Đánh giá nội bộ đợt 1 năm 2026') title!: string;
  @RealDayField() plannedOn!: string;
  @TextList(500, 32, '1.004227') procedureCodes!: string[];
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'mỗi mục của auditorIds phải là mã người dùng (UUID)' })
  auditorIds!: string[];
}
