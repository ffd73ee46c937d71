import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DOSSIER_STATUSES } from '@office/domain';
import { LocalDateQuery, PageQuery, PageSizeQuery, PeriodQuery, ReadModelQuery } from '../../read-models/read-model-query.dto';

const STATUS = `(${DOSSIER_STATUSES.join('|')})`;
const CLASSIFICATIONS = ['in_time', 'overdue', 'early', 'on_time', 'late'] as const;

/** `GET /api/dossiers`: the dossiers the caller may see, filtered. */
export class DossierListQuery extends ReadModelQuery {
  @ApiPropertyOptional({ description: `one status, or several separated by commas: ${DOSSIER_STATUSES.join(', ')}`, example: 'received,in_department' })
  @IsOptional()
  @Matches(new RegExp(`^${STATUS}(,${STATUS})*$`), { message: 'status phải là trạng thái hồ sơ (received, in_department, …), có thể nhiều trạng thái cách nhau bởi dấu phẩy' })
  status?: string;

  @ApiPropertyOptional({ example: '1.004227' }) @IsOptional() @IsString() @Length(1, 32, { message: 'procedureCode dài từ 1 đến 32 ký tự' }) procedureCode?: string;
  @ApiPropertyOptional({ example: 'KH-DT' }) @IsOptional() @IsString() @Length(1, 16, { message: 'fieldCode dài từ 1 đến 16 ký tự' }) fieldCode?: string;

  @ApiPropertyOptional({ enum: CLASSIFICATIONS, description: 'final once the result is at the desk; in_time or overdue as of now before' })
  @IsOptional()
  @IsIn(CLASSIFICATIONS, { message: 'classification phải là in_time, overdue, early, on_time hoặc late' })
  classification?: (typeof CLASSIFICATIONS)[number];

  @ApiPropertyOptional({ description: "searches the code, the procedure and the applicant's name, with or without Vietnamese marks" })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'q dài từ 1 đến 200 ký tự' })
  q?: string;

  @LocalDateQuery() receivedFrom?: string;
  @LocalDateQuery() receivedTo?: string;

  @PageQuery() page?: number;
  @PageSizeQuery(200, 50) pageSize?: number;
}

/** `GET /api/registers/dossiers`: the Sổ theo dõi hồ sơ of a period (default: this year to today). */
export class DossierRegisterQuery extends PeriodQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'], { message: 'format phải là json, csv hoặc xlsx' })
  format?: 'json' | 'csv' | 'xlsx';
}
