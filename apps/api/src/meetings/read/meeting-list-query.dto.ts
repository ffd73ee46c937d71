import { ApiPropertyOptional } from '@nestjs/swagger';
import { MEETING_LIST_STATUSES, type MeetingListStatus } from '@office/read-models';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { LocalDateQuery, PageQuery, PageSizeQuery, ReadModelQuery } from '../../read-models/read-model-query.dto';

/** `GET /api/meetings`: the meetings, filtered. */
export class MeetingListQuery extends ReadModelQuery {
  @ApiPropertyOptional({ enum: MEETING_LIST_STATUSES, description: 'a status of the meeting, or the clock of a notice not drafted yet: notice_due (within its 3 working days), notice_overdue (past them); or a session’s papers: papers_overdue (some unsent past their due instant), papers_late (some sent late)' })
  @IsOptional()
  @IsIn(MEETING_LIST_STATUSES, { message: `status phải là một trong ${MEETING_LIST_STATUSES.join(', ')}` })
  status?: MeetingListStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'lãnh đạo chủ trì' }) @IsOptional() @IsUUID('all', { message: 'presidingLeaderId phải là mã người dùng (UUID)' }) presidingLeaderId?: string;
  @ApiPropertyOptional({ example: 'KH-DT' }) @IsOptional() @IsString() @Length(1, 16, { message: 'fieldCode dài từ 1 đến 16 ký tự' }) fieldCode?: string;
  /** The day held, from. */
  @LocalDateQuery() from?: string;
  @LocalDateQuery() to?: string;
  @PageQuery() page?: number;
  @PageSizeQuery(200, 50) pageSize?: number;
}
