import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, CONFIDENTIALITIES, DELEGATION_KINDS, DOCUMENT_TYPES, URGENCIES, type SigningCapacity } from '@office/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, Validate, ValidateIf, ValidateNested,
  type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface,
} from 'class-validator';
import { AttachedFiles, FileReferenceRequest } from '../../attachments/attach/attach-file.request';
import { InstantField, LocalDateField, Nested, OneOf, OptionalText, Text } from './validators';

const OUTGOING_TYPES = DOCUMENT_TYPES.map((t) => t.code);

/** Nơi gửi: the issuing agency and its own number and symbol. */
export class SourceRequest {
  @Text(1, 300, 'Sở Kế hoạch và Đầu tư') agency!: string;
  @Text(1, 100, '125/SKHĐT-KH') symbol!: string;
  @LocalDateField() issuedDate!: string;
  @OptionalText(200) signer?: string | null;
}

export class ReceiveRequest {
  @Nested(() => SourceRequest) source!: SourceRequest;
  @Text(1, 2000, 'Về việc thẩm định dự án đầu tư xây dựng trường học') excerpt!: string;
  @Text(1, 100, 'official_letter') documentType!: string;
  @Text(1, 16, 'KH-DT') fieldCode!: string;
  @OneOf(URGENCIES) urgency!: (typeof URGENCIES)[number];
  @OneOf(CONFIDENTIALITIES) confidentiality!: (typeof CONFIDENTIALITIES)[number];
  @OneOf(CHANNELS) channel!: (typeof CHANNELS)[number];
  @ApiPropertyOptional({ minimum: 1, maximum: 10000 }) @IsOptional() @IsInt() @Min(1) @Max(10000) pages?: number | null;
  @InstantField(true) receivedAt?: string | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() sealedForUserId?: string | null;
  @AttachedFiles(() => FileReferenceRequest, 'the scans of the paper received, uploaded before (POST /api/files): attached as `scan` in the same append as the registration')
  attachments?: FileReferenceRequest[] | null;
}

/** Để biết: departments (not the lead one) and people told without responsibility; each list may be empty. */
export class ForInformationRequest {
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 50 })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true, message: 'mỗi mục của departmentIds phải là mã phòng (UUID)' })
  departmentIds?: string[] | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 100 })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true, message: 'mỗi mục của userIds phải là mã người dùng (UUID)' })
  userIds?: string[] | null;
}

export class DistributeRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() departmentId!: string;
  @Text(1, 2000, 'Giao Phòng Kinh tế tham mưu, báo cáo trước ngày 15/3') direction!: string;
  @LocalDateField(true) dueDate?: string | null;
  @ApiPropertyOptional({ type: () => ForInformationRequest, description: 'để biết: readers without responsibility (no step, no deadline)' })
  @IsOptional() @ValidateNested() @Type(() => ForInformationRequest)
  forInformation?: ForInformationRequest | null;
}

export class AssignRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() specialistId!: string;
  @LocalDateField(true) dueDate?: string | null;
  @OptionalText(1000) reason?: string | null;
}

export class ReasonRequest {
  @Text(1, 1000) reason!: string;
}

export class FindingRequest {
  @ApiProperty() @IsBoolean() ok!: boolean;
  @OptionalText(2000) note?: string | null;
}

/** Thẩm định: procedure, format, content, legality (QC 10.2.2). */
export class FindingsRequest {
  @Nested(() => FindingRequest) procedure!: FindingRequest;
  @Nested(() => FindingRequest) format!: FindingRequest;
  @Nested(() => FindingRequest) content!: FindingRequest;
  @Nested(() => FindingRequest) legality!: FindingRequest;
}

export class AppraiseRequest {
  @Nested(() => FindingsRequest) findings!: FindingsRequest;
  @OneOf(['valid', 'needs_supplement']) outcome!: 'valid' | 'needs_supplement';
}

export class RequestSupplementRequest {
  @ApiProperty({ type: [String], example: ['Bản sao quyết định phê duyệt chủ trương đầu tư'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'missingItems phải liệt kê ít nhất một thành phần còn thiếu' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 500, { each: true, message: 'mỗi mục trong missingItems dài từ 1 đến 500 ký tự' })
  missingItems!: string[];
  @OptionalText(2000) note?: string | null;
}

export class NoteRequest {
  @OptionalText(2000) note?: string | null;
}

export class RelatedOpinionRequest {
  @Text(1, 300) agency!: string;
  @Text(1, 5000) opinion!: string;
}

export class DraftRequest {
  @OneOf(OUTGOING_TYPES) documentType!: string;
  @Text(1, 2000) excerpt!: string;
}

/** Phiếu trình: to exactly one leader (a list of several is refused by the domain with ONE_LEADER_PER_SUBMISSION). */
export class SubmitRequest {
  @ApiProperty({ format: 'uuid', description: 'exactly one leader' })
  @IsUUID('all', { each: true, message: 'leaderId phải là mã người dùng (UUID)' })
  leaderId!: string | string[];
  @Text(1, 5000) proposal!: string;
  @ApiPropertyOptional({ type: [RelatedOpinionRequest] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => RelatedOpinionRequest) relatedOpinions?: RelatedOpinionRequest[] | null;
  @OptionalText(5000) reservedOpinion?: string | null;
  @Nested(() => DraftRequest) draft!: DraftRequest;
}

export class InitialRequest {
  @ApiProperty() @IsBoolean() agree!: boolean;
  @OptionalText(2000) note?: string | null;
}

export class SignRequest {
  @OneOf(['approved', 'rejected']) decision!: 'approved' | 'rejected';
  @OptionalText(2000) note?: string | null;
}

/** A document's signature may be made under a delegation (dossiers' results and meetings' notices are signed in one's own name). */
export class DocumentSignRequest extends SignRequest {
  /** Thẩm quyền ký: in one's own name (the named leader's default) or under a delegation of that kind (DOMAIN.md §10). */
  @OneOf(['own', ...DELEGATION_KINDS], true) capacity?: SigningCapacity | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'which delegation, when the signer holds several from the named leader' })
  @IsOptional()
  @IsUUID('all', { message: 'delegationId phải là mã ủy quyền (UUID)' })
  delegationId?: string | null;
}

export class IssueRequest {
  @ApiProperty({ type: [String], example: ['Sở Kế hoạch và Đầu tư', 'Lưu: VT, KT'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'recipients phải có ít nhất một nơi nhận' })
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 300, { each: true, message: 'mỗi nơi nhận dài từ 1 đến 300 ký tự' })
  recipients!: string[];
  @ApiProperty({ minimum: 1, maximum: 10000 }) @IsInt() @Min(1) @Max(10000) copies!: number;
  @OptionalText(20, 'KT') symbolSuffix?: string | null;
}

@ValidatorConstraint({ name: 'retention' })
export class RetentionConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return value === 'permanent' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100);
  }
  defaultMessage(args: ValidationArguments): string {
    return `${args.property} phải là "permanent" hoặc số năm từ 1 đến 100`;
  }
}

/** Lưu hồ sơ: into an open case file (`caseFileId`: its code and retention are the archive's), or, as before case files, by file code and retention. */
export class ArchiveRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'hồ sơ công việc đang mở (GET /api/records/case-files?status=open)' })
  @IsOptional()
  @IsUUID('all', { message: 'caseFileId phải là mã hồ sơ (UUID)' })
  caseFileId?: string | null;
  @ValidateIf((body: ArchiveRequest) => !body.caseFileId) @Text(1, 50, '05.KT.2026') fileCode?: string;
  @ApiPropertyOptional({ oneOf: [{ type: 'string', enum: ['permanent'] }, { type: 'integer', minimum: 1, maximum: 100 }] })
  @ValidateIf((body: ArchiveRequest) => !body.caseFileId)
  @Validate(RetentionConstraint)
  retention?: 'permanent' | number;
}

export class ExtendDeadlineRequest {
  @LocalDateField() newDueDate!: string;
  @Text(1, 1000) reason!: string;
}
