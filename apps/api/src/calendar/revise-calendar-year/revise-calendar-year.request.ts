import { Text } from '../../documents/http/validators';

/** POST /api/calendar/years/:year/revise. */
export class ReviseCalendarYearRequest {
  @Text(1, 1000, 'Thông báo mới của Bộ Nội vụ dời ngày nghỉ Quốc khánh') reason!: string;
}
