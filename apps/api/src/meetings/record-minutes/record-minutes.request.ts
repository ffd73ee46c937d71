import { OptionalText, Text } from '../../documents/http/validators';

/** POST /api/meetings/:id/minutes: the minutes' text, and the signed scan's hash if attached. */
export class RecordMinutesRequest {
  @Text(1, 50_000, 'Phiên họp thông qua hai nội dung…') text!: string;
  @OptionalText(64, 'SHA-256 of an uploaded attachment') attachmentHash?: string | null;
}
