import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { LocalDateQuery, ReadModelQuery } from '../../read-models/read-model-query.dto';

/** GET /api/absences/calendar: the month (default: this month). */
export class AbsenceMonthQuery extends ReadModelQuery {
  @ApiPropertyOptional({ example: '2026-12' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month phải là tháng dạng YYYY-MM' })
  month?: string;
}

/** GET /api/absences/away: the day (default: today). */
export class AbsenceDayQuery extends ReadModelQuery {
  @LocalDateQuery() date?: string;
}
