import { Text } from '../../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT } from '../dossier-validators';

/** POST /api/dossiers/:id/receive-opinion (addition to API.md). */
export class ReceiveOpinionRequest {
  @Text(1, SHORT_TEXT, 'Sở Xây dựng') partner!: string;
  @Text(1, LONG_TEXT, 'Thống nhất, phù hợp quy hoạch phân khu') opinion!: string;
}
