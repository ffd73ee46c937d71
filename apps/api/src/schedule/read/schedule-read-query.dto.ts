import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

const WEEK = /^\d{4}-W\d{2}$/;

/** `GET /api/public/schedule/week?week=`: the ISO week, this week when absent. */
export class PublicWeekQuery {
  @ApiPropertyOptional({ example: '2026-W49', description: 'ISO week; this week (Asia/Ho_Chi_Minh) when absent' })
  @IsOptional()
  @Matches(WEEK, { message: 'week phải là tuần dạng YYYY-Www, ví dụ 2026-W49' })
  week?: string;
}

/** `GET /api/public/schedule/:leaderId.ics`. */
export class LeaderFeedParams {
  @ApiProperty({ example: '00000000-0000-4000-8000-000000000201.ics', description: 'the leader’s user id followed by .ics' })
  @Matches(/^[0-9a-f-]{36}\.ics$/i, { message: 'đường dẫn phải là mã lãnh đạo (UUID) kèm đuôi .ics' })
  feed!: string;
}

