import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsNotEmptyObject, IsOptional, IsString, Length, Matches, ValidateNested, ValidateIf } from 'class-validator';

/** 'YYYY-MM-DD': a calendar day. */
const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** An ISO-8601 instant with an explicit offset, so that its meaning never depends on the server's zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function Text(min: number, max: number, example?: string) {
  return applyDecorators(ApiProperty({ minLength: min, maxLength: max, example }), IsString(), Length(min, max, { message: `$property phải dài từ ${min} đến ${max} ký tự` }));
}

export function OptionalText(max: number, example?: string) {
  return applyDecorators(ApiPropertyOptional({ maxLength: max, example, nullable: true }), IsOptional(), IsString(), Length(0, max, { message: `$property dài tối đa ${max} ký tự` }));
}

export function LocalDateField(optional = false) {
  const decorators = [
    optional ? ApiPropertyOptional({ format: 'date', example: '2026-03-05', nullable: true }) : ApiProperty({ format: 'date', example: '2026-03-05' }),
    IsString(),
    Matches(LOCAL_DATE, { message: '$property phải là ngày dạng YYYY-MM-DD' }),
  ];
  return applyDecorators(...(optional ? [IsOptional()] : []), ...decorators);
}

export function InstantField(optional = false) {
  return applyDecorators(
    ...(optional ? [IsOptional()] : []),
    optional ? ApiPropertyOptional({ format: 'date-time', nullable: true }) : ApiProperty({ format: 'date-time' }),
    IsString(),
    Matches(INSTANT, { message: '$property phải là thời điểm ISO 8601 có múi giờ, ví dụ 2026-03-05T08:30:00Z' }),
  );
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
