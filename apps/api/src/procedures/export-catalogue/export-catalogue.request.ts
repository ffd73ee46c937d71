import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';

/** `minPosition`: the catalogue read model lists which procedures exist (read-your-writes after registering one). */
export class ExportCatalogueQuery extends ReadModelQuery {
  @ApiPropertyOptional({ enum: ['json', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'xlsx'], { message: 'format phải là json hoặc xlsx' })
  format?: 'json' | 'xlsx';
}
