import { Text } from '../../documents/http/validators';
import { LONG_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/directives/:id/escalate. */
export class EscalateDirectiveRequest {
  @Text(1, LONG_TEXT, 'Sở Tài chính chưa thống nhất số liệu') obstacle!: string;
  @Text(1, LONG_TEXT, 'Đề nghị đồng chí Phó Chủ tịch chủ trì họp hai Sở') proposal!: string;
}
