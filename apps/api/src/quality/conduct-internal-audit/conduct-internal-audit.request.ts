import { CHECKLIST_RESULTS, type ChecklistResult } from '@office/domain';
import { OneOf, OptionalText, Text } from '../../documents/http/validators';
import { LONG_TEXT, NestedList, RealDayField } from '../../dossiers/dossier-validators';

/** Một câu hỏi của phiếu đánh giá and its answer. */
export class ChecklistItemRequest {
  @Text(1, LONG_TEXT, 'Hồ sơ trễ hạn có văn bản xin lỗi không?') question!: string;
  @OptionalText(32, '1.004227') procedureCode?: string | null;
  @OneOf(CHECKLIST_RESULTS) result!: ChecklistResult;
  @Text(1, LONG_TEXT, 'Hồ sơ 000.00.12.H01-260110-0003') evidence!: string;
}

/** POST /api/quality/audits/:id/conduct. */
export class ConductInternalAuditRequest {
  @RealDayField() conductedOn!: string;
  @NestedList(() => ChecklistItemRequest, 500) checklist!: ChecklistItemRequest[];
}
