import { NONCONFORMITY_SEVERITIES, NONCONFORMITY_SOURCES, type NonconformitySeverity, type NonconformitySource } from '@office/domain';
import { OneOf, OptionalText, Text } from '../../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/quality/nonconformities. */
export class RaiseNonconformityRequest {
  @OneOf(NONCONFORMITY_SOURCES) source!: NonconformitySource;
  @Text(1, SHORT_TEXT, 'Đánh giá nội bộ đợt 1/2026') sourceRef!: string;
  @OptionalText(50, '8.5.1') clause?: string | null;
  @Text(1, LONG_TEXT, 'Hồ sơ trả kết quả muộn không có văn bản xin lỗi') description!: string;
  @OneOf(NONCONFORMITY_SEVERITIES) severity!: NonconformitySeverity;
  @OptionalText(32, '1.004227') procedureCode?: string | null;
}
