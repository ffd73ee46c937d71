import { CHASE_CHANNELS, type ChaseChannel } from '@office/domain';
import { OneOf, OptionalText, Text } from '../../documents/http/validators';
import { LONG_TEXT, SHORT_TEXT } from '../../dossiers/dossier-validators';

/** POST /api/directives/:id/chase. */
export class ChaseDirectiveRequest {
  @OneOf(CHASE_CHANNELS) channel!: ChaseChannel;
  @Text(1, LONG_TEXT, 'Đề nghị Sở gửi báo cáo tiến độ trước ngày 20/3') note!: string;
  @OptionalText(SHORT_TEXT, '230/VPUBND-KT') documentRef?: string | null;
}
