import { ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, CONFIDENTIALITIES, URGENCIES } from '@office/domain';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { AttachedFiles, FileReferenceRequest } from '../../attachments/attach/attach-file.request';
import { InstantField, LocalDateField, Nested, OneOf, OptionalText, Text } from '../http/validators';

/** Nơi gửi: the issuing agency and its own number and symbol. */
export class SourceRequest {
  @Text(1, 300, 'Sở Kế hoạch và Đầu tư') agency!: string;
  @Text(1, 100, '125/SKHĐT-KH') symbol!: string;
  @LocalDateField() issuedDate!: string;
  @OptionalText(200) signer?: string | null;
}

/** POST /api/documents: tiếp nhận, đăng ký văn bản đến. */
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
