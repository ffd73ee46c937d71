import { SHORT_TEXT, TextList } from '../dossier-validators';

/** POST /api/dossiers/:id/receive-supplement: the items handed in. */
export class ReceiveDossierSupplementRequest {
  @TextList(100, SHORT_TEXT, 'Bản sao chứng thực giấy chứng nhận quyền sử dụng đất') items!: string[];
}
