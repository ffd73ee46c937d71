import { PRESENCES, type Presence } from '@office/domain';
import { OneOf, OptionalText, Text } from '../../documents/http/validators';
import { NestedList, SHORT_TEXT } from '../../dossiers/dossier-validators';

export class AttendanceEntryRequest {
  @Text(1, SHORT_TEXT, 'Giám đốc Sở Tài chính') member!: string;
  @OneOf(PRESENCES) presence!: Presence;
  /** Người dự thay, when `represented`. */
  @OptionalText(SHORT_TEXT, 'Phó Giám đốc Sở Tài chính Nguyễn Văn An') representative?: string | null;
}

/** POST /api/meetings/:id/attendance: every invited member once. */
export class RecordAttendanceRequest {
  @NestedList(() => AttendanceEntryRequest, 200) entries!: AttendanceEntryRequest[];
}
