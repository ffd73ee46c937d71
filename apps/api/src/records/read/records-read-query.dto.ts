import { ApiPropertyOptional } from '@nestjs/swagger';
import { DEPOSIT_STANDINGS, type DepositStandingFilter } from '@office/read-models';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { PageQuery, PageSizeQuery, ReadModelQuery } from '../../read-models/read-model-query.dto';

/** `GET /api/records/case-files`: the case files, filtered by year, department, status, deposit standing (as of today) and batch. */
export class CaseFileListQuery extends ReadModelQuery {
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year phải là số nguyên' })
  @Min(2000, { message: 'year từ 2000' })
  @Max(2100, { message: 'year đến 2100' })
  year?: number;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'departmentId phải là mã phòng (UUID)' }) departmentId?: string;

  @ApiPropertyOptional({ enum: ['open', 'closed', 'deposited'] })
  @IsOptional()
  @IsIn(['open', 'closed', 'deposited'], { message: 'status phải là open, closed hoặc deposited' })
  status?: 'open' | 'closed' | 'deposited';

  @ApiPropertyOptional({ enum: DEPOSIT_STANDINGS, description: 'closed files whose deposit is overdue, or due within 30 days (the notice of ND30 PL VI)' })
  @IsOptional()
  @IsIn(DEPOSIT_STANDINGS, { message: 'standing phải là overdue hoặc due_soon' })
  standing?: DepositStandingFilter;

  @ApiPropertyOptional({ example: '2026-12', description: 'the batch the files were deposited in' })
  @IsOptional()
  @Matches(/^\d{4}-(06|12)$/, { message: 'period là đợt nộp lưu dạng YYYY-06 hoặc YYYY-12' })
  period?: string;

  @PageQuery() page?: number;
  @PageSizeQuery(500, 100) pageSize?: number;
}
