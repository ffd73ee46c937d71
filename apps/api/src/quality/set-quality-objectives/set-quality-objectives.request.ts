import { ApiProperty } from '@nestjs/swagger';
import { QUALITY_INDICATOR_KEYS } from '@office/domain';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsString, Max, Min } from 'class-validator';
import { Text } from '../../documents/http/validators';
import { LONG_TEXT, NestedList } from '../../dossiers/dossier-validators';

/** Một mục tiêu chất lượng. The indicator is checked by the domain (UNKNOWN_INDICATOR names it), not here. */
export class QualityObjectiveRequest {
  @Text(1, 32, 'MT-01') code!: string;
  @Text(1, LONG_TEXT, 'Giải quyết đúng hạn ít nhất 98 % hồ sơ thủ tục hành chính') text!: string;
  @ApiProperty({ enum: QUALITY_INDICATOR_KEYS, example: 'dossiers_on_time' }) @IsString({ message: 'indicator phải là mã chỉ tiêu' }) indicator!: string;
  @ApiProperty({ example: 98, description: 'percent 0–100, or a score 1–5 for satisfaction_score' })
  @Type(() => Number)
  @IsNumber({}, { message: 'target phải là số' })
  target!: number;
}

/** POST /api/quality/objectives. */
export class SetQualityObjectivesRequest {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt({ message: 'year phải là năm (số nguyên)' })
  @Min(2000, { message: 'year từ 2000 đến 9999' })
  @Max(9999, { message: 'year từ 2000 đến 9999' })
  year!: number;

  @Text(1, LONG_TEXT, 'Phục vụ người dân và doanh nghiệp đúng hạn, công khai, minh bạch') policy!: string;
  @NestedList(() => QualityObjectiveRequest, 30) objectives!: QualityObjectiveRequest[];
}
