import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { isLocalDate } from '@office/domain';
import { IsDefined, IsIn, IsNotEmptyObject, IsOptional, IsString, Length, Matches, ValidateBy, ValidateNested, ValidateIf } from 'class-validator';

/** 'YYYY-MM-DD': a calendar day. */
const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** An ISO-8601 instant with an explicit offset, so that its meaning never depends on the server's zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Texts up to this length are names, symbols and codes: one line. Longer ones (excerpts, opinions,
 * notes, reasons) are typed in a text area and keep their tabs and line breaks. Other control
 * characters are refused for every field before validation (http/input-screen.ts).
 */
const SINGLE_LINE_MAX = 300;
const ONE_LINE = /^[^\t\r\n]*$/;

function lines(max: number): PropertyDecorator[] {
  return max <= SINGLE_LINE_MAX ? [Matches(ONE_LINE, { message: '$property là một dòng: không được có tab hay xuống dòng' })] : [];
}

export function Text(min: number, max: number, example?: string) {
  return applyDecorators(ApiProperty({ minLength: min, maxLength: max, example }), IsString(), Length(min, max, { message: `$property phải dài từ ${min} đến ${max} ký tự` }), ...lines(max));
}

export function OptionalText(max: number, example?: string) {
  return applyDecorators(ApiPropertyOptional({ maxLength: max, example, nullable: true }), IsOptional(), IsString(), Length(0, max, { message: `$property dài tối đa ${max} ký tự` }), ...lines(max));
}

export function LocalDateField(optional = false) {
  const decorators = [
    optional ? ApiPropertyOptional({ format: 'date', example: '2026-03-05', nullable: true }) : ApiProperty({ format: 'date', example: '2026-03-05' }),
    IsString(),
    Matches(LOCAL_DATE, { message: '$property phải là ngày dạng YYYY-MM-DD' }),
    RealDay(),
  ];
  return applyDecorators(...(optional ? [IsOptional()] : []), ...decorators);
}

export function InstantField(optional = false) {
  return applyDecorators(
    ...(optional ? [IsOptional()] : []),
    optional ? ApiPropertyOptional({ format: 'date-time', nullable: true }) : ApiProperty({ format: 'date-time' }),
    IsString(),
    Matches(INSTANT, { message: '$property phải là thời điểm ISO 8601 có múi giờ, ví dụ 2026-03-05T08:30:00Z' }),
    RealInstant(),
  );
}

/** The pattern lets 2026-02-30 through; the calendar does not (a 400 here, not the domain's 422). */
export function RealDay() {
  return ValidateBy({
    name: 'realDay',
    validator: { validate: (value) => typeof value !== 'string' || !LOCAL_DATE.test(value) || isLocalDate(value), defaultMessage: () => '$property không phải là ngày có thật' },
  });
}

/** A real day, hours below 24, minutes and seconds below 60. */
function RealInstant() {
  const time = /T(\d{2}):(\d{2})(?::(\d{2}))?/;
  return ValidateBy({
    name: 'realInstant',
    validator: {
      validate: (value) => {
        if (typeof value !== 'string' || !INSTANT.test(value)) return true;
        const [, hours, minutes, seconds = '0'] = time.exec(value)!;
        return isLocalDate(value.slice(0, 10)) && Number(hours) < 24 && Number(minutes) < 60 && Number(seconds) < 60;
      },
      defaultMessage: () => '$property không phải là thời điểm có thật',
    },
  });
}

export function OneOf(values: readonly string[], optional = false) {
  return applyDecorators(
    ...(optional ? [IsOptional()] : []),
    optional ? ApiPropertyOptional({ enum: values }) : ApiProperty({ enum: values }),
    IsIn(values as string[], { message: `$property phải là một trong: ${values.join(', ')}` }),
  );
}

/** A required nested object, validated with its own class. */
export function Nested<T>(type: () => new () => T) {
  return applyDecorators(ApiProperty({ type }), IsDefined({ message: '$property là bắt buộc' }), IsNotEmptyObject(), ValidateNested(), Type(type));
}

/** An optional field that, when present, must not be null either. */
export function PresentIfGiven() {
  return ValidateIf((_object, value) => value !== undefined);
}
