import { LocalDateField, Text } from '../../documents/http/validators';
import { SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST …/items/:itemId/present: đã trình, the day and the session. */
export class PresentItemRequest {
  @LocalDateField() presentedOn!: string;
  @Text(1, SHORT_TEXT, 'Phiên họp UBND tỉnh thường kỳ tháng 3/2026') session!: string;
}
