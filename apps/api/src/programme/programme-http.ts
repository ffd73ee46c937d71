import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';
import { AnswersCreated, object, position, text } from '../http/open-api-schemas';

/** `:period` of a programme: a year, a quarter or a month. */
export class PeriodParams {
  @ApiProperty({ example: '2026-03', description: 'năm `2026`, quý `2026-Q1` hoặc tháng `2026-03`' })
  @Matches(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, { message: 'period phải là năm (2026), quý (2026-Q1) hoặc tháng (2026-03)' })
  period!: string;
}

export class ItemParams extends PeriodParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'itemId phải là mã nội dung (UUID)' })
  itemId!: string;
}

/** 201 `{id, period, revision}`: `id` is the item of an item's step, else the period. */
export const AnswersProgrammeCommand = () =>
  AnswersCreated(object({ id: text('the item (UUID) or the programme (its period)'), period: text(), revision: position }), 'written; a retry with the same Idempotency-Key answers the same');
