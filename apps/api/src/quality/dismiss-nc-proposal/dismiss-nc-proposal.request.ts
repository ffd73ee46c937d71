import { Text } from '../../documents/http/validators';
import { LONG_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/quality/nc-proposals/:key/dismiss: the reason stays on record. */
export class DismissNcProposalRequest {
  @Text(1, LONG_TEXT, 'Chậm do chờ ý kiến của Bộ Xây dựng, đã gửi văn bản xin lỗi') reason!: string;
}
