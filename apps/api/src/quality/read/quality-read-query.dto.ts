import { ApiPropertyOptional } from '@nestjs/swagger';
import { LEGAL_CHANGE_STATUSES, NONCONFORMITY_SOURCES, NONCONFORMITY_STATUSES } from '@office/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';

/** `?year=` of a quality register. */
export class QualityYearQuery extends ReadModelQuery {
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year phải là năm (số nguyên)' })
  @Min(2000, { message: 'year từ 2000 đến 9999' })
  @Max(9999, { message: 'year từ 2000 đến 9999' })
  year?: number;
}

/** `GET /api/quality/legal-changes`: `year` of entry into force, `status`. */
export class LegalChangeListQuery extends QualityYearQuery {
  @ApiPropertyOptional({ enum: LEGAL_CHANGE_STATUSES })
  @IsOptional()
  @IsIn(LEGAL_CHANGE_STATUSES, { message: `status phải là một trong: ${LEGAL_CHANGE_STATUSES.join(', ')}` })
  status?: string;
}

/** `GET /api/quality/nonconformities`. */
export class NonconformityListQuery extends ReadModelQuery {
  @ApiPropertyOptional({ enum: NONCONFORMITY_STATUSES })
  @IsOptional()
  @IsIn(NONCONFORMITY_STATUSES, { message: `status phải là một trong: ${NONCONFORMITY_STATUSES.join(', ')}` })
  status?: string;

  @ApiPropertyOptional({ enum: NONCONFORMITY_SOURCES })
  @IsOptional()
  @IsIn(NONCONFORMITY_SOURCES, { message: `source phải là một trong: ${NONCONFORMITY_SOURCES.join(', ')}` })
  source?: string;
}
