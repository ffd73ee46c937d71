import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FILED_ITEM_KINDS, RECORD_MEDIA, type FiledItemKind, type RecordMedium } from '@office/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, Min, Validate, ValidateNested } from 'class-validator';
import { RetentionConstraint } from '../documents/http/document-requests';
import { LocalDateField, OneOf, OptionalText, Text } from '../documents/http/validators';
import { NestedList } from '../dossiers/dossier-validators';

/*
 * The bodies of the records routes. Shapes and sizes are checked here (400); the rules — the
 * retention table's minimum, the plan's approval, a closed file — are the domain's (409/422).
 */

const RETENTION = { oneOf: [{ type: 'string', enum: ['permanent'] }, { type: 'integer', minimum: 1, maximum: 100 }], description: 'thời hạn bảo quản: permanent (vĩnh viễn) hoặc số năm' };
const Uuid = (field: string, what: string) => IsUUID('all', { message: `${field} phải là mã ${what} (UUID)` });

export class RetentionRuleRequest {
  @Text(1, 60, 'annual-plan') category!: string;
  @Text(1, 300, 'Kế hoạch, báo cáo năm') label!: string;
  @ApiProperty(RETENTION) @Validate(RetentionConstraint) period!: 'permanent' | number;
  @Text(1, 300, 'TT 10/2022/TT-BNV, mục 1.5') source!: string;
}

export class ApproveRetentionScheduleRequest {
  @Text(1, 30, '2026.1') version!: string;
  @NestedList(() => RetentionRuleRequest, 500) rules!: RetentionRuleRequest[];
}

export class PlanEntryRequest {
  @Text(1, 30, 'KT.01') code!: string;
  @Text(1, 1000, 'Hồ sơ kế hoạch đầu tư công năm 2026') title!: string;
  @ApiProperty({ format: 'uuid' }) @Uuid('departmentId', 'phòng') departmentId!: string;
  @ApiProperty({ format: 'uuid', description: 'người lập hồ sơ' }) @Uuid('responsibleId', 'người dùng') responsibleId!: string;
  @Text(1, 60, 'annual-plan') category!: string;
  @ApiProperty(RETENTION) @Validate(RetentionConstraint) retention!: 'permanent' | number;
}

function YearField() {
  return applyDecorators(ApiProperty({ example: 2026 }), IsInt({ message: 'year phải là số nguyên' }), Min(2000, { message: 'year từ 2000' }), Max(2100, { message: 'year đến 2100' }));
}

export class DraftFilePlanRequest {
  @YearField() year!: number;
  @NestedList(() => PlanEntryRequest, 1000) entries!: PlanEntryRequest[];
}

export class AddPlanEntryRequest {
  @ApiProperty({ type: () => PlanEntryRequest }) @ValidateNested() @Type(() => PlanEntryRequest) entry!: PlanEntryRequest;
  @OptionalText(1000, 'Phát sinh nhiệm vụ mới') reason?: string | null;
}

export class ApprovePlanRequest {
  @Text(1, 100, '05/QĐ-VP') decisionRef!: string;
}

export class AdHocFileRequest {
  @Text(1, 30, 'KT.15') code!: string;
  @Text(1, 1000, 'Hồ sơ đoàn kiểm tra đột xuất') title!: string;
  @ApiProperty({ format: 'uuid' }) @Uuid('adHoc.departmentId', 'phòng') departmentId!: string;
  @Text(1, 60, 'correspondence') category!: string;
  @ApiProperty(RETENTION) @Validate(RetentionConstraint) retention!: 'permanent' | number;
  @Text(1, 1000, 'Nhiệm vụ phát sinh ngoài kế hoạch') reason!: string;
}

/** Mở hồ sơ: `planEntryCode` of the year's approved plan, or `adHoc`. */
export class OpenCaseFileRequest {
  @YearField() year!: number;
  @OneOf(RECORD_MEDIA) medium!: RecordMedium;
  @LocalDateField() startDate!: string;
  @OptionalText(30, 'KT.01') planEntryCode?: string | null;
  @ApiPropertyOptional({ type: () => AdHocFileRequest, nullable: true }) @IsOptional() @ValidateNested() @Type(() => AdHocFileRequest) adHoc?: AdHocFileRequest | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @Uuid('responsibleId', 'người dùng') responsibleId?: string | null;
}

export class FileItemRequest {
  @OneOf(FILED_ITEM_KINDS) kind!: FiledItemKind;
  @Text(1, 100, '5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001') itemId!: string;
  @Text(1, 1000, 'Công văn số 215/UBND-KT về kế hoạch vốn') title!: string;
}

export class CloseCaseFileRequest {
  @LocalDateField() endDate!: string;
  @ApiPropertyOptional({ minimum: 1, nullable: true, description: 'số tờ (required for paper files)' })
  @IsOptional()
  @IsInt({ message: 'sheetCount phải là số nguyên' })
  @Min(1, { message: 'sheetCount nhỏ nhất là 1' })
  @Max(1_000_000, { message: 'sheetCount quá lớn' })
  sheetCount?: number | null;
}

export class DeferDepositRequest {
  @LocalDateField() until!: string;
  @Text(1, 1000, 'Còn phục vụ thanh tra dự án') reason!: string;
}

export class DepositCaseFileRequest {
  @Text(7, 7, '2026-12') period!: string;
}

export class OpenBatchRequest {
  @Text(7, 7, '2026-12') period!: string;
}

export class HandOverBatchRequest {
  @ApiPropertyOptional({ type: [String], description: 'the files the clerk checked (default: those the read model lists as deposited in the batch); each is read again from its stream' })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'caseFileIds phải là các mã hồ sơ (UUID)' })
  @ArrayMaxSize(10_000)
  caseFileIds?: string[] | null;
  @Text(1, 300, 'Lê Thị Lưu') receiverName!: string;
  @Text(1, 1000, 'Hồ sơ đầy đủ, bìa và mục lục đúng quy định') condition!: string;
}
