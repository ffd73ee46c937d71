import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LIMITED_CLOCKS, ROLES, type LimitedClock, type Role } from '@office/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateField, OneOf, Text } from '../../documents/http/validators';

/** Mã quy trình nội bộ, wherever a request names one (`QT-VB-01`). */
const INTERNAL_PROCESS_CODE = /^QT-[A-Z]{2,5}-\d{2,3}$/;

/** POST /api/procedures/internal (ISO secretary): an internal process of the office enters the catalogue. */
export class RegisterInternalProcessRequest {
  @ApiProperty({ example: 'QT-VB-01', description: 'mã quy trình nội bộ' })
  @Matches(INTERNAL_PROCESS_CODE, { message: '$property phải là mã quy trình nội bộ, ví dụ QT-VB-01' })
  code!: string;

  @Text(1, 500, 'Xử lý văn bản đến') name!: string;
}

/** `:code` of an internal process route. */
export class InternalProcessParams {
  @ApiProperty({ example: 'QT-VB-01' })
  @Matches(INTERNAL_PROCESS_CODE, { message: '$property phải là mã quy trình nội bộ, ví dụ QT-VB-01' })
  code!: string;
}

/**
 * One step: the clock it limits and its limit in whole working days after the clock's start day (0: the
 * same day). A step without a clock (drafting, initial, signature) may leave its limits null where no
 * source gives one; a step with a clock must have them (422 INVALID_WORKING_DAYS).
 */
export class InternalProcessStepRequest {
  @ApiProperty({ minimum: 1, maximum: 20 }) @IsInt() @Min(1) @Max(20) no!: number;
  @OneOf(LIMITED_CLOCKS, true) clock?: LimitedClock | null;
  @Text(1, 1000, 'Thẩm định, trình lãnh đạo (phiếu trình)') task!: string;
  @Text(1, 300, 'Chuyên viên được giao') unit!: string;
  @OneOf(ROLES, true) role?: Role | null;
  @ApiPropertyOptional({ minimum: 0, maximum: 60, example: 5, nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(60) workingDays?: number | null;
  @ApiPropertyOptional({ minimum: 0, maximum: 60, example: 5, nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(60) urgentWorkingDays?: number | null;
  @Text(1, 500, 'Điểm 10.2.3 Quy chế làm việc') basis!: string;
}

/** POST /api/procedures/internal/:code/versions (ISO secretary): not in force until the office chief approves it. */
export class DraftInternalProcessVersionRequest {
  @LocalDateField() effectiveFrom!: string;
  @LocalDateField(true) effectiveTo?: string | null;
  @Text(1, 500, 'Quyết định số 12/QĐ-VP ngày 15/12/2026') publishingDecision!: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 500, { each: true, message: 'mỗi căn cứ trong legalBasis dài từ 1 đến 500 ký tự' }) legalBasis!: string[];
  @ApiProperty({ type: [InternalProcessStepRequest] }) @IsArray() @ArrayMinSize(1, { message: 'steps phải có ít nhất một bước' }) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => InternalProcessStepRequest) steps!: InternalProcessStepRequest[];
}
