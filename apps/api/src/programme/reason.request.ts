import { OptionalText, Text } from '../documents/http/validators';
import { LONG_TEXT } from '../dossiers/dossier-validators';

/** A refusal's reason (a slip or a draft sent back). */
export class ReasonRequest {
  @Text(1, LONG_TEXT, 'Bổ sung nội dung của Phòng Văn hóa – Xã hội') reason!: string;
}

/** An optional note (a draft submitted, endorsed, approved). */
export class NoteRequest {
  @OptionalText(LONG_TEXT) note?: string | null;
}
