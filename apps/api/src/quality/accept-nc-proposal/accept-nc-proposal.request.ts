import { NONCONFORMITY_SEVERITIES, type NonconformitySeverity } from '@office/domain';
import { OneOf, OptionalText } from '../../documents/http/validators';
import { LONG_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/quality/nc-proposals/:key/accept: the NC's description defaults to what was late, by how much. */
export class AcceptNcProposalRequest {
  @OptionalText(LONG_TEXT, 'Hồ sơ trả kết quả trễ hạn 3 ngày làm việc, không có văn bản xin lỗi') description?: string | null;
  @OneOf(NONCONFORMITY_SEVERITIES) severity!: NonconformitySeverity;
}
