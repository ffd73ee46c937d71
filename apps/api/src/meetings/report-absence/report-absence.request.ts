import { Text } from '../../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/meetings/:id/report-absence: `member` is a leader's user id or an invited agency as the session names it. */
export class ReportAbsenceRequest {
  @Text(1, SHORT_TEXT, 'Giám đốc Sở Tài chính') member!: string;
  @Text(1, LONG_TEXT, 'Đi công tác tại Bộ Tài chính') reason!: string;
}
