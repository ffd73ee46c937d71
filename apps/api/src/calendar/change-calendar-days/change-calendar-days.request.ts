import { ApiProperty } from '@nestjs/swagger';
import { CALENDAR_CHANGE_KINDS, type CalendarChangeKind } from '@office/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { LocalDateField, OneOf, Text } from '../../documents/http/validators';

/** One day set to the notice, with its note (the holiday's name, the swap it belongs to, the reason). */
export class CalendarDayChangeRequest {
  @LocalDateField() date!: string;
  @OneOf(CALENDAR_CHANGE_KINDS) kind!: CalendarChangeKind;
  @Text(1, 300, 'Nghỉ hoán đổi (làm bù thứ Bảy 20/02/2027)') note!: string;
}

/** POST /api/calendar/years/:year/days. */
export class ChangeCalendarDaysRequest {
  @ApiProperty({ type: () => [CalendarDayChangeRequest] })
  @IsArray()
  @ArrayMinSize(1, { message: 'changes cần ít nhất một ngày' })
  @ArrayMaxSize(366)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayChangeRequest)
  changes!: CalendarDayChangeRequest[];
}
