import { LEGAL_IMPACTS, type LegalImpact } from '@office/domain';
import { OneOf, Text } from '../../documents/http/validators';
import { LONG_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/quality/legal-changes/:id/assess. */
export class AssessLegalChangeRequest {
  @OneOf(LEGAL_IMPACTS) impact!: LegalImpact;
  @Text(1, LONG_TEXT, 'Phải sửa thành phần hồ sơ và thời hạn giải quyết') note!: string;
}
