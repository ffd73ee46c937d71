import { Text } from '../../documents/http/validators';
import { LONG_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/quality/nonconformities/:id/root-cause. */
export class AnalyseRootCauseRequest {
  @Text(1, LONG_TEXT, 'Chưa theo dõi thời hạn trên phần mềm') rootCause!: string;
}
