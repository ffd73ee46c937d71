import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { LocalDateField, Nested, Text } from '../../documents/http/validators';

/** The government's notice the year is approved on. */
export class CalendarNoticeRequest {
  @Text(1, 200, '1234/TB-BNV') symbol!: string;
  @LocalDateField() date!: string;
  @Text(1, 300, 'Bộ Nội vụ') issuer!: string;
}

/** POST /api/calendar/years/:year/approve. */
export class ApproveCalendarYearRequest {
  @Nested(() => CalendarNoticeRequest) notice!: CalendarNoticeRequest;
  @ApiProperty({ description: 'true when no notice exists yet and the year stands on the Labour Code alone (tạm tính)' })
  @IsBoolean({ message: 'provisional phải là true hoặc false' })
  provisional!: boolean;
}
