import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { QualityYearQuery } from '../read/quality-read-query.dto';

/** `GET /api/quality/annual-report`: `year` (default this year), `format`. */
export class AnnualReportQuery extends QualityYearQuery {
  @ApiPropertyOptional({ enum: ['json', 'pdf'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'pdf'], { message: 'format phải là json hoặc pdf' })
  format?: 'json' | 'pdf';
}
