import { OptionalText, Text } from '../../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST …/items/:itemId/withdraw: rút khỏi chương trình, with the reason and the agency's request if there is one. */
export class WithdrawItemRequest {
  @Text(1, LONG_TEXT, 'Chờ Trung ương ban hành hướng dẫn') reason!: string;
  @OptionalText(SHORT_TEXT, '120/SKHĐT-TH') requestSymbol?: string | null;
}
