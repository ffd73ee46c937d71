import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';

/** `?year=` (required) of the objectives and of the self-check list. */
export class QualityYearRequiredQuery extends ReadModelQuery {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt({ message: 'year phải là năm (số nguyên)' })
  @Min(2000, { message: 'year từ 2000 đến 9999' })
  @Max(9999, { message: 'year từ 2000 đến 9999' })
  year!: number;
}
