import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsUUID, Matches, Max, Min } from 'class-validator';

export class CaseFileParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'id phải là mã hồ sơ (UUID)' }) id!: string;
}

export class PlanParams {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt({ message: 'year phải là số nguyên' })
  @Min(2000, { message: 'year từ 2000' })
  @Max(2100, { message: 'year đến 2100' })
  year!: number;
}

export class PeriodParams {
  @ApiProperty({ example: '2026-12', description: 'đợt nộp lưu: tháng 6 hoặc tháng 12 của một năm' })
  @Matches(/^\d{4}-(06|12)$/, { message: 'period là đợt nộp lưu dạng YYYY-06 hoặc YYYY-12' })
  period!: string;
}
