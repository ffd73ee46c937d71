import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DELEGATION_KINDS, type DelegationKind } from '@office/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { LocalDateField, Nested, OneOf, OptionalText, Text } from '../../documents/http/validators';

/** Văn bản ủy quyền / giao nhiệm vụ: its number and symbol, and its date. */
export class InstrumentRequest {
  @Text(1, 100, '12/QĐ-UBND') symbol!: string;
  @LocalDateField() date!: string;
}

/** Phạm vi: fields and document types (DOCUMENT_TYPES codes); an empty or absent list covers all. */
export class ScopeRequest {
  @ApiPropertyOptional({ type: [String], example: ['KH-DT'] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 16, { each: true, message: 'mỗi mã lĩnh vực dài từ 1 đến 16 ký tự' })
  fieldCodes?: string[] | null;

  @ApiPropertyOptional({ type: [String], example: ['decision', 'official_letter'] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 32, { each: true, message: 'mỗi loại văn bản dài từ 1 đến 32 ký tự' })
  documentTypes?: string[] | null;
}

/** The days away a proposal was made from. */
export class AbsenceRequest {
  @LocalDateField() from!: string;
  @LocalDateField() to!: string;
}

/** POST /api/delegations: ghi nhận một ủy quyền ký. */
export class RecordDelegationRequest {
  @OneOf(DELEGATION_KINDS) kind!: DelegationKind;
  @ApiProperty({ format: 'uuid', description: 'người ủy quyền (lãnh đạo)' }) @IsUUID('all', { message: 'grantorId phải là mã người dùng (UUID)' }) grantorId!: string;
  @ApiProperty({ format: 'uuid', description: 'người được ủy quyền ký' }) @IsUUID('all', { message: 'granteeId phải là mã người dùng (UUID)' }) granteeId!: string;
  @Nested(() => InstrumentRequest) instrument!: InstrumentRequest;
  @LocalDateField() validFrom!: string;
  @LocalDateField(true) validTo?: string | null;
  @ApiPropertyOptional({ type: ScopeRequest }) @IsOptional() @ValidateNested() @Type(() => ScopeRequest) scope?: ScopeRequest | null;
  @OptionalText(300, 'Quy chế làm việc của UBND tỉnh, Điều 11 khoản 2') regulationClause?: string | null;
  @ApiPropertyOptional({ type: AbsenceRequest }) @IsOptional() @ValidateNested() @Type(() => AbsenceRequest) absence?: AbsenceRequest | null;
}
