import type { LocalDate } from '../calendar';
import type { Actor } from '../shared';
import type { ReviewInput } from './management-review.events';

interface ReviewBase {
  reviewId: string;
  actor: Actor;
  now: string;
}

/** POST /api/quality/reviews (ISO secretary records the minutes). */
export interface RecordManagementReview extends ReviewBase {
  type: 'hold';
  heldOn: LocalDate;
  chairId: string;
  inputs: ReviewInput[];
  decisions: string[];
}

/** POST /api/quality/reviews/:id/confirm (office chief). */
export interface ConfirmEffectiveness extends ReviewBase {
  type: 'confirm';
  note?: string | null;
}

export type ManagementReviewCommand = RecordManagementReview | ConfirmEffectiveness;

interface DeclarationBase {
  declarationId: string;
  actor: Actor;
  now: string;
}

/** POST /api/quality/declarations (office chief). */
export interface DeclareConformity extends DeclarationBase {
  type: 'declare';
  decisionNo: string;
  declaredOn: LocalDate;
  reviewId: string;
  procedureCodes: string[];
}

/** POST …/:id/notify (ISO secretary). */
export interface NotifyDeclaration extends DeclarationBase {
  type: 'notify';
  recipient: string;
  docRef: string;
  notifiedOn: LocalDate;
}

/** POST …/:id/post (ISO secretary). */
export interface PostDeclaration extends DeclarationBase {
  type: 'post';
  postedOn: LocalDate;
  websiteUrl?: string | null;
}

export type QmsDeclarationCommand = DeclareConformity | NotifyDeclaration | PostDeclaration;
