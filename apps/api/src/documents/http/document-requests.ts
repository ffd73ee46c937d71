import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_TYPES } from '@office/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested, ArrayMinSize,
  type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface,
} from 'class-validator';
import { Nested, OneOf, OptionalText, Text } from './validators';

/*
 * The bodies of the signing path (trình, ký nháy, ký, phát hành) and the retention rule, which
 * documents, dossiers' results, meetings' notices and case files share. The documents' own
 * bodies are in their use-case folders (../<use-case>/<use-case>.request.ts).
 */

const OUTGOING_TYPES = DOCUMENT_TYPES.map((t) => t.code);

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
