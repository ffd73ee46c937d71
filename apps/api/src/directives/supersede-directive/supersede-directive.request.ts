import { Text } from '../../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/directives/:id/supersede. */
export class SupersedeDirectiveRequest {
  @Text(1, LONG_TEXT, 'Nhiệm vụ đã được giao lại tại thông báo mới') reason!: string;
  @Text(1, SHORT_TEXT, '12/TB-UBND') replacedBy!: string;
}
