import { SHORT_TEXT, TextList } from '../dossier-validators';

/** POST /api/dossiers/:id/digitise (addition to API.md). */
export class DigitiseItemsRequest {
  @TextList(100, SHORT_TEXT, 'Đơn đề nghị cấp giấy phép xây dựng') items!: string[];
}
