import { Text } from '../../documents/http/validators';
import { LONG_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/quality/nonconformities/:id/correct. */
export class CorrectNonconformityRequest {
  @Text(1, LONG_TEXT, 'Đã gửi văn bản xin lỗi người nộp hồ sơ') correction!: string;
}
