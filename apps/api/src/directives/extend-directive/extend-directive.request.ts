import { LocalDateField, Text } from '../../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/directives/:id/extend. */
export class ExtendDirectiveRequest {
  @LocalDateField() newDueDate!: string;
  @Text(1, LONG_TEXT, 'Chờ số liệu quyết toán của Sở Tài chính') reason!: string;
  @Text(1, SHORT_TEXT, '75/SKHĐT-TH ngày 13/3/2026') agencyRequestRef!: string;
}
