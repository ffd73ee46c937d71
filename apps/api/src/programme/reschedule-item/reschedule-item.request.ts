import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { LocalDateField, OptionalText, Text } from '../../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT } from '../../dossiers/dossier-validators';

/**
 * POST …/items/:itemId/reschedule: the new month or week, on the agency's written request. The
 * request's symbol and date are optional here so that their absence is the domain's
 * 422 ITEM_DATE_CHANGE_NEEDS_REQUEST (QC 9.1), not a bare 400.
 */
export class RescheduleItemRequest {
  @ApiProperty({ example: '2026-04', description: 'tháng `2026-04` hoặc tuần ISO `2026-W15`' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2]|W\d{2})$/, { message: 'due phải là tháng (2026-04) hoặc tuần (2026-W15)' })
  due!: string;

  @Text(1, LONG_TEXT, 'Chờ ý kiến thẩm định của Sở Tư pháp') reason!: string;
  @OptionalText(SHORT_TEXT, '112/SKHĐT-TH') requestSymbol?: string | null;
  @LocalDateField(true) requestDate?: string | null;
}
