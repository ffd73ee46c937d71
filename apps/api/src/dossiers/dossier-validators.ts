import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { isInstant, isLocalDate } from '@office/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Length, ValidateBy, ValidateNested } from 'class-validator';
import { InstantField, LocalDateField } from '../documents/http/validators';

/*
 * Field rules of the desk's requests beyond the document ones: dates that exist (2026-02-30 is a
 * 400 naming the field, not a rule violation further in), and lists of bounded texts.
 */

/** Names, addresses, short references: as the printed forms hold them. */
export const SHORT_TEXT = 300;
/** Reasons, findings, opinions. */
export const LONG_TEXT = 4000;

const realDay = ValidateBy({ name: 'realDay', validator: { validate: (value) => value == null || isLocalDate(value), defaultMessage: () => '$property phải là một ngày có thật (YYYY-MM-DD)' } });
const realInstant = ValidateBy({ name: 'realInstant', validator: { validate: (value) => value == null || isInstant(value), defaultMessage: () => '$property phải là một thời điểm có thật (ISO 8601 có múi giờ)' } });

/** A calendar day that exists. */
export function RealDayField(optional = false) {
  return applyDecorators(LocalDateField(optional), realDay);
}

/** An instant whose day exists. */
export function RealInstantField(optional = false) {
  return applyDecorators(InstantField(optional), realInstant);
}

/** A list of 1..max texts of 1..length characters each. */
export function TextList(max: number, length: number, example: string, optional = false) {
  return applyDecorators(
    ...(optional ? [IsOptional(), ApiPropertyOptional({ type: [String], example: [example] })] : [ApiProperty({ type: [String], example: [example] })]),
    IsArray(),
    ArrayMinSize(1, { message: '$property phải có ít nhất một mục' }),
    ArrayMaxSize(max, { message: `$property có tối đa ${max} mục` }),
    IsString({ each: true }),
    Length(1, length, { each: true, message: `mỗi mục của $property dài từ 1 đến ${length} ký tự` }),
  );
}

/** A required list of nested objects validated with their own class. */
export function NestedList<T>(type: () => new () => T, max: number) {
  return applyDecorators(
    ApiProperty({ type: () => [type()] }),
    IsArray(),
    ArrayMinSize(1, { message: '$property phải có ít nhất một mục' }),
    ArrayMaxSize(max, { message: `$property có tối đa ${max} mục` }),
    ValidateNested({ each: true }),
    Type(type),
  );
}
