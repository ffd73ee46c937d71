import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { CONFIDENTIALITIES, URGENCIES } from '@office/domain';
import { DocumentListQuery } from '../read-model-query.dto';

/** The columns the documents list shows, and so the ones it sorts by (an allow-list: never a column name from the query). */
export const DOCUMENT_SORTS = ['incomingNumber', 'receivedAt', 'source', 'excerpt', 'urgency', 'fieldCode', 'status', 'nextDue'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

/** `a,b,c` of known values, each once or more (the list of one enum, for a multi-valued filter). */
const listOf = (values: readonly string[]) => new RegExp(`^(${values.join('|')})(,(${values.join('|')}))*$`);

/**
 * GET /api/documents: API.md's filters plus urgency, confidentiality, due soon, leader, a sort by
 * any column shown, and `format=xlsx` (the same rows, all of them up to a cap, as a spreadsheet).
 */
export class DocumentListRequest extends DocumentListQuery {
  @ApiPropertyOptional({ description: 'one urgency or several separated by commas (normal, urgent, very_urgent, flash)', example: 'flash,very_urgent' })
  @IsOptional()
  @Matches(listOf(URGENCIES), { message: `urgency phải là ${URGENCIES.join(', ')}, có thể nhiều giá trị cách nhau bởi dấu phẩy` })
  urgency?: string;

  @ApiPropertyOptional({ description: 'one confidentiality or several separated by commas (normal, confidential, secret, top_secret)', example: 'confidential' })
  @IsOptional()
  @Matches(listOf(CONFIDENTIALITIES), { message: `confidentiality phải là ${CONFIDENTIALITIES.join(', ')}, có thể nhiều giá trị cách nhau bởi dấu phẩy` })
  confidentiality?: string;

  @ApiPropertyOptional({ enum: ['true'], description: 'only documents whose next due day is today or the next working day (not yet overdue)' })
  @IsOptional()
  @IsIn(['true'], { message: 'dueSoon chỉ nhận giá trị true' })
  dueSoon?: 'true';

  @ApiPropertyOptional({
    format: 'uuid',
    description: "the leader concerned: the leader named in the submission (phiếu trình) once there is one, before that the office leader in charge of the document's field (who distributes it)",
  })
  @IsOptional()
  @IsUUID('all', { message: 'leaderId phải là mã người dùng (UUID)' })
  leaderId?: string;

  @ApiPropertyOptional({ enum: DOCUMENT_SORTS, default: 'receivedAt', description: 'the column to sort by; ties broken by id' })
  @IsOptional()
  @IsIn(DOCUMENT_SORTS, { message: `sort phải là một trong ${DOCUMENT_SORTS.join(', ')}` })
  sort?: DocumentSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], description: 'default: desc for receivedAt and incomingNumber, asc otherwise' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'order phải là asc hoặc desc' })
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ enum: ['json', 'xlsx'], default: 'json', description: 'xlsx: every matching row (page and pageSize ignored), up to a cap the sheet states' })
  @IsOptional()
  @IsIn(['json', 'xlsx'], { message: 'format phải là json hoặc xlsx' })
  format?: 'json' | 'xlsx';
}
