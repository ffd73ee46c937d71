import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** `:year` of the calendar routes. */
export class CalendarYearParams {
  @ApiProperty({ example: 2027 })
  @Type(() => Number)
  @IsInt({ message: 'year phải là năm (số nguyên)' })
  @Min(2000, { message: 'year từ 2000 đến 2100' })
  @Max(2100, { message: 'year từ 2000 đến 2100' })
  year!: number;
}
