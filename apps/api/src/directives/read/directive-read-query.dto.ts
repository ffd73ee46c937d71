import { ApiPropertyOptional } from '@nestjs/swagger';
import { DIRECTIVE_OUTCOMES, type DirectiveOutcome } from '@office/domain';
import { DIRECTIVE_GROUPINGS, type DirectiveGrouping } from '@office/read-models';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { LocalDateQuery, PageQuery, PageSizeQuery, PeriodQuery, ReadModelQuery } from '../../read-models/read-model-query.dto';

/** `GET /api/directives`: the task register, filtered. */
export class DirectiveListQuery extends ReadModelQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'the directing leader' }) @IsOptional() @IsUUID('all', { message: 'leader phải là mã người dùng (UUID)' }) leader?: string;
  @ApiPropertyOptional({ example: 'KH-DT' }) @IsOptional() @IsString() @Length(1, 16, { message: 'field dài từ 1 đến 16 ký tự' }) field?: string;
  @ApiPropertyOptional({ example: 'UBND huyện Đông Anh', description: 'the lead agency, as written' }) @IsOptional() @IsString() @Length(1, 300, { message: 'agency dài từ 1 đến 300 ký tự' }) agency?: string;

  @ApiPropertyOptional({ enum: DIRECTIVE_OUTCOMES, description: 'as of today' })
  @IsOptional()
  @IsIn(DIRECTIVE_OUTCOMES, { message: 'outcome phải là done_on_time, done_late, not_done_in_time hoặc not_done_overdue' })
  outcome?: DirectiveOutcome;

  @LocalDateQuery() dueFrom?: string;
  @LocalDateQuery() dueTo?: string;
  @PageQuery() page?: number;
  @PageSizeQuery(200, 50) pageSize?: number;
}

/** `GET /api/directives/report`: the four outcomes per group of the tasks due in the period. */
export class DirectiveReportQuery extends PeriodQuery {
  @ApiPropertyOptional({ enum: DIRECTIVE_GROUPINGS, default: 'agency', description: 'per directing leader, field or lead agency' })
  @IsOptional()
  @IsIn(DIRECTIVE_GROUPINGS, { message: 'groupBy phải là leader, field hoặc agency' })
  groupBy?: DirectiveGrouping;

  @ApiPropertyOptional({ enum: ['json', 'xlsx', 'pdf'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'xlsx', 'pdf'], { message: 'format phải là json, xlsx hoặc pdf' })
  format?: 'json' | 'xlsx' | 'pdf';
}
