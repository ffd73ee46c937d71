import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { RealDay } from '../documents/http/validators';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';

const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Every read-model query: `minPosition` waits (≤ 5 s) until the projection has reached that global position. */
export class ReadModelQuery {
  @ApiPropertyOptional({ description: 'global position to wait for (≤ 5 s) before answering', example: '1234' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'minPosition phải là số nguyên không âm (vị trí trong nhật ký sự kiện)' })
  minPosition?: string;
}

/** An optional 'YYYY-MM-DD' query parameter of a day that exists. */
export function LocalDateQuery() {
  return applyDecorators(
    ApiPropertyOptional({ format: 'date', example: '2026-03-05' }),
    IsOptional(),
    IsString(),
    Matches(LOCAL_DATE, { message: '$property phải là ngày dạng YYYY-MM-DD' }),
    RealDay(),
  );
}

/** `page`: 1-based page number. */
export function PageQuery() {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, default: 1 }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: 'page phải là số nguyên' }),
    Min(1, { message: 'page nhỏ nhất là 1' }),
    Max(100_000, { message: 'page lớn nhất là 100000' }),
  );
}

/** `pageSize`: rows per page, up to `max`. */
export function PageSizeQuery(max: number, byDefault: number) {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: max, default: byDefault }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: 'pageSize phải là số nguyên' }),
    Min(1, { message: 'pageSize nhỏ nhất là 1' }),
    Max(max, { message: `pageSize lớn nhất là ${max}` }),
  );
}

export const DOCUMENT_STATUS_PATTERN = /^(received|returned|distributed|assigned|appraised|supplement_requested|submitted|initialled|signed|issued|archived)(,(received|returned|distributed|assigned|appraised|supplement_requested|submitted|initialled|signed|issued|archived))*$/;

export class DocumentListQuery extends ReadModelQuery {
  @ApiPropertyOptional({ description: 'one status, or several separated by commas', example: 'received,returned' })
  @IsOptional()
  @Matches(DOCUMENT_STATUS_PATTERN, { message: 'status phải là trạng thái văn bản (received, distributed, …), có thể nhiều trạng thái cách nhau bởi dấu phẩy' })
  status?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'departmentId phải là mã phòng (UUID)' }) departmentId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'assigneeId phải là mã người dùng (UUID)' }) assigneeId?: string;
  @ApiPropertyOptional({ example: 'KH-DT' }) @IsOptional() @IsString() @Length(1, 16, { message: 'fieldCode dài từ 1 đến 16 ký tự' }) fieldCode?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'only documents with a clock past its due day (or none)' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue phải là true hoặc false' })
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'searches the excerpt, the source symbol and the agency, with or without Vietnamese marks' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'q dài từ 1 đến 200 ký tự' })
  q?: string;

  @LocalDateQuery() receivedFrom?: string;
  @LocalDateQuery() receivedTo?: string;

  @ApiPropertyOptional({ enum: ['me'], description: 'Văn bản để biết: only documents sent to the caller, or the caller’s department, for information' })
  @IsOptional()
  @IsIn(['me'], { message: 'forInformation chỉ nhận giá trị me' })
  forInformation?: 'me';

  @PageQuery() page?: number;
  @PageSizeQuery(200, 50) pageSize?: number;
}

export class RegisterQuery extends ReadModelQuery {
  @ApiPropertyOptional({ example: 2026, description: 'the register year (default: this year)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year phải là năm (số nguyên)' })
  @Min(2000, { message: 'year từ 2000 đến 9999' })
  @Max(9999, { message: 'year từ 2000 đến 9999' })
  year?: number;

  @ApiPropertyOptional({ enum: ['normal', 'confidential'], default: 'normal', description: 'documents marked confidential or above have their own register' })
  @IsOptional()
  @IsIn(['normal', 'confidential'], { message: 'series phải là normal hoặc confidential' })
  series?: 'normal' | 'confidential';

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'], { message: 'format phải là json, csv hoặc xlsx' })
  format?: 'json' | 'csv' | 'xlsx';

  /** JSON only: without page or pageSize, the whole year. */
  @PageQuery() page?: number;
  @PageSizeQuery(1000, 200) pageSize?: number;
}

export class PeriodQuery extends ReadModelQuery {
  @LocalDateQuery() from?: string;
  @LocalDateQuery() to?: string;
}

export class ComplianceQuery extends PeriodQuery {
  @ApiPropertyOptional({ example: 'KH-DT' }) @IsOptional() @IsString() @Length(1, 16, { message: 'fieldCode dài từ 1 đến 16 ký tự' }) fieldCode?: string;
}
