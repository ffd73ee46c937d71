import { evolveManagementReview, initialManagementReviewState, MANAGEMENT_REVIEW_EVENT_TYPES, managementReviewStreamName, type ManagementReviewState } from '@office/domain';
import { entityColumns } from '../../directives/entity-columns';
import { applyToStreamRows } from '../../directives/stream-rows';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { ManagementReviewRow } from './management-review.entity';

function reviewRowOf(id: string, state: ManagementReviewState, lastPosition: bigint): ManagementReviewRow | null {
  if (state.status === 'none') return null;
  return { id, year: state.year, heldOn: state.heldOn, status: state.status, state, lastPosition };
}

const ROWS = {
  table: 'rm_quality_reviews',
  prefix: managementReviewStreamName(''),
  columns: entityColumns(ManagementReviewRow),
  initialState: initialManagementReviewState,
  evolve: evolveManagementReview,
  rowOf: reviewRowOf,
};

/** `quality-reviews.v1`: the management reviews with the head's confirmation, one row per stream. */
export const managementReviewsProjection: Projection = {
  name: PROJECTION_NAMES.qualityReviews,
  handles: new Set<string>(MANAGEMENT_REVIEW_EVENT_TYPES),
  tables: ['rm_quality_reviews'],
  apply: (events, tx) => applyToStreamRows(ROWS, events, tx),
};
