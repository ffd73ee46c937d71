import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';

const PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

export class ProgrammeYearQuery extends ReadModelQuery {
  @ApiPropertyOptional({ example: 2026, description: 'default: this year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year phải là năm (số nguyên)' })
  @Min(2000, { message: 'year từ 2000 đến 9999' })
  @Max(9999, { message: 'year từ 2000 đến 9999' })
  year?: number;
}

export class ProgrammeWeekQuery extends ReadModelQuery {
  @ApiPropertyOptional({ example: '2026-W11', description: 'ISO week; default: this week' })
  @IsOptional()
  @Matches(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, { message: 'week phải là tuần ISO (2026-W11)' })
  week?: string;
}

export class ProgrammeReportQuery extends ReadModelQuery {
  @ApiPropertyOptional({ example: '2026-03', description: 'the items due in this year, quarter or month; default: this month' })
  @IsOptional()
  @Matches(PERIOD, { message: 'period phải là năm (2026), quý (2026-Q1) hoặc tháng (2026-03)' })
  period?: string;
}
