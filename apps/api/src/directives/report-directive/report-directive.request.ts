import { ApiPropertyOptional } from '@nestjs/swagger';
import { DIRECTIVE_REPORT_KINDS, type DirectiveReportKind } from '@office/domain';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { OneOf, OptionalText, Text } from '../../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/directives/:id/report: `kind` progress or completion; the incoming document that carries the report, or its symbol. */
export class ReportDirectiveRequest {
  @OneOf(DIRECTIVE_REPORT_KINDS) kind!: DirectiveReportKind;
  @Text(1, LONG_TEXT, 'Đã hoàn thành giải phóng mặt bằng, bàn giao cho chủ đầu tư') summary!: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 100, nullable: true }) @IsOptional() @IsInt({ message: 'percent phải là số nguyên' }) @Min(0) @Max(100) percent?: number | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'the incoming document (văn bản đến) that carries the report' })
  @IsOptional()
  @IsUUID('all', { message: 'incomingDocumentId phải là mã văn bản đến (UUID)' })
  incomingDocumentId?: string | null;
  @OptionalText(SHORT_TEXT, '88/BC-UBND') reportSymbol?: string | null;
}
