import { T, userId } from '../../testing/document-fixtures';
import type { GoldenDecision } from '../../testing/golden-events/golden-decisions';
import type { DocumentViewed } from '../access.events';

/* Recorded by the API (AccessRecorder) as it stands: the domain declares the event, no decider writes it. */

const VIEWED: DocumentViewed = {
  type: 'DocumentViewed',
  data: { documentId: '5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001', view: 'history', because: 'confidential', by: userId('pho.chanh.vp.kt'), role: 'office_deputy_chief', at: T.signed },
};

export const accessGoldenDecisions = (): GoldenDecision[] => [VIEWED];
