import { Text } from '../../documents/http/validators';
import { SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/quality/audits/:id/approve. */
export class ApproveAuditPlanRequest {
  @Text(1, SHORT_TEXT, 'Quyết định số 05/QĐ-VP') decisionRef!: string;
}
