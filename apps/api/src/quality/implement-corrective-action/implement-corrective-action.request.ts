import { Text } from '../../documents/http/validators';
import { LONG_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/quality/nonconformities/:id/implement. */
export class ImplementCorrectiveActionRequest {
  @Text(1, LONG_TEXT, 'Đã bật cảnh báo từ ngày 10/3') note!: string;
}
