import { Text } from '../../documents/http/validators';
import { LONG_TEXT, RealDayField } from '../dossier-validators';

/** POST /api/dossiers/:id/apologise. */
export class ApologiseRequest {
  @Text(1, LONG_TEXT, 'Hồ sơ cần lấy ý kiến thêm của Sở Xây dựng') reason!: string;
  @RealDayField() newDueDate!: string;
}
