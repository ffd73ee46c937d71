import { DOSSIER_APPRAISAL_OUTCOMES, type DossierAppraisalOutcome } from '@office/domain';
import { OneOf, OptionalText, Text } from '../../documents/http/validators';
import { LONG_TEXT } from '../dossier-validators';

/** POST /api/dossiers/:id/appraise. */
export class AppraiseDossierRequest {
  @OneOf(DOSSIER_APPRAISAL_OUTCOMES) outcome!: DossierAppraisalOutcome;
  @Text(1, LONG_TEXT, 'Hồ sơ đầy đủ thành phần, nội dung phù hợp quy hoạch') findings!: string;
  @OptionalText(LONG_TEXT) note?: string | null;
}
