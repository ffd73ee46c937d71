import { Text } from '../../documents/http/validators';
import { LONG_TEXT, RealDayField, SHORT_TEXT } from '../dossier-validators';

/** POST /api/dossiers/:id/request-opinion (addition to API.md). */
export class RequestOpinionRequest {
  @Text(1, SHORT_TEXT, 'Sở Xây dựng') partner!: string;
  @Text(1, LONG_TEXT, 'Đề nghị cho ý kiến về sự phù hợp quy hoạch') request!: string;
  @RealDayField(true) dueDate?: string | null;
}
