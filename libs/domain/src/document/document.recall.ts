import { wrongState } from '../shared';
import type { DocumentRecalled } from './document.events';
import type { DocumentState } from './document.state';

/**
 * The one guard of a recalled document (thu hồi, ND30 Art. 21): the sending agency withdrew it, so
 * no step may be taken on it any more. `decideDocument` runs it before every step.
 */
export function refuseRecalled(state: DocumentState): void {
  if (state.status !== 'none' && state.recall !== null) {
    throw wrongState('Văn bản đã bị cơ quan gửi thu hồi: không thực hiện thêm bước nào trên văn bản này', 'RECALLED_DOCUMENT_LOCKED');
  }
}

/**
 * Applies a recall received by inter-agency exchange to the document registered from the package:
 * once (a recall already applied records nothing), whatever step the document is at.
 */
export function decideDocumentRecall(
  state: DocumentState,
  recall: { packageId: string; senderOrganId: string; reason: string; by: string; at: string },
): DocumentRecalled[] {
  if (state.status === 'none') throw wrongState('Văn bản chưa được vào sổ');
  if (state.recall !== null) return [];
  return [{ type: 'DocumentRecalled', data: recall }];
}
