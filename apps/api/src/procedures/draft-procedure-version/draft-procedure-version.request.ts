import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ITEM_FORMS, ONLINE_LEVELS, ROLES, SUPPLEMENT_POLICIES, type ItemForm, type OnlineLevel, type Role, type SupplementPolicy } from '@office/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateField, OneOf, Text } from '../../documents/http/validators';

/** Thành phần hồ sơ of the checklist. */
export class RequiredItemRequest {
  @Text(1, 500, 'Đơn đề nghị cấp giấy phép xây dựng') name!: string;
  @OneOf(ITEM_FORMS) form!: ItemForm;
  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) quantity!: number;
  @ApiProperty() @IsBoolean() mandatory!: boolean;
}

/** One step of the internal process; `workingDays` in halves (0.5). */
export class ProcessStepRequest {
  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) no!: number;
  @Text(1, 1000, 'Tiếp nhận, kiểm tra hồ sơ') task!: string;
  @Text(1, 300, 'Bộ phận một cửa') unit!: string;
  @OneOf(ROLES, true) role?: Role | null;
  @ApiProperty({ minimum: 0, maximum: 365, example: 0.5 }) @IsNumber({ maxDecimalPlaces: 1 }) @Min(0) @Max(365) workingDays!: number;
}

/** POST /api/procedures/:code/versions (ISO secretary): a version and its internal process, not usable until approved. */
export class DraftProcedureVersionRequest {
  @LocalDateField() effectiveFrom!: string;
  @LocalDateField(true) effectiveTo?: string | null;
  @Text(1, 500, 'Quyết định số 1234/QĐ-UBND ngày 20/6/2025') publishingDecision!: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 500, { each: true, message: 'mỗi căn cứ trong legalBasis dài từ 1 đến 500 ký tự' }) legalBasis!: string[];
  @ApiProperty({ type: [RequiredItemRequest] }) @IsArray() @ArrayMinSize(1, { message: 'requiredItems phải có ít nhất một thành phần hồ sơ' }) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => RequiredItemRequest) requiredItems!: RequiredItemRequest[];
  @ApiProperty({ minimum: 1, maximum: 365 }) @IsInt() @Min(1) @Max(365) statutoryDays!: number;
  @ApiPropertyOptional({ minimum: 8, maximum: 17, default: 15 }) @IsOptional() @IsInt() @Min(8) @Max(17) cutoffHour?: number | null;
  @ApiPropertyOptional({ minimum: 0 }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000_000_000) feeVnd?: number | null;
  @OneOf(ONLINE_LEVELS) onlineLevel!: OnlineLevel;
  @Text(1, 300, 'Giấy phép xây dựng') resultType!: string;
  @OneOf(SUPPLEMENT_POLICIES) supplementPolicy!: SupplementPolicy;
  @ApiProperty({ type: [ProcessStepRequest] }) @IsArray() @ArrayMinSize(1, { message: 'steps phải có ít nhất một bước' }) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ProcessStepRequest) steps!: ProcessStepRequest[];
}
