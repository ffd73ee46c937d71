import { ApiProperty } from '@nestjs/swagger';
import { FINDING_KINDS, type FindingKind } from '@office/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { OneOf, OptionalText, Text } from '../../documents/http/validators';
import { LONG_TEXT } from '../../dossiers/dossier-validators';

/** Một phát hiện; an empty list is a report that found nothing wrong. */
export class FindingRequest {
  @OneOf(FINDING_KINDS) kind!: FindingKind;
  @OptionalText(50, '8.5.1') clause?: string | null;
  @Text(1, LONG_TEXT, 'Thiếu văn bản xin lỗi đối với hồ sơ trễ hạn') description!: string;
}

/** POST /api/quality/audits/:id/report. */
export class ReportInternalAuditRequest {
  @Text(1, LONG_TEXT, 'Hệ thống vận hành phù hợp; một điểm không phù hợp nhẹ') summary!: string;
  @ApiProperty({ type: () => [FindingRequest] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => FindingRequest)
  findings!: FindingRequest[];
}
