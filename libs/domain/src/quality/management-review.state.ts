import type { LocalDate } from '../calendar';
import type { ManagementReviewEvent, ManagementReviewHeld, QmsConformityDeclared, QmsDeclarationEvent } from './management-review.events';

/** A management review (stream `management-review-<id>`): `held` (minutes recorded), then `confirmed` by the head. */
export type ManagementReviewState =
  | { status: 'none' }
  | (Omit<ManagementReviewHeld['data'], 'by' | 'at'> & { status: 'held' | 'confirmed'; recordedAt: string; confirmation: { note: string | null; by: string; at: string } | null });

export const initialManagementReviewState: ManagementReviewState = { status: 'none' };

export function evolveManagementReview(state: ManagementReviewState, event: ManagementReviewEvent): ManagementReviewState {
  switch (event.type) {
    case 'ManagementReviewHeld': {
      const { by: _by, at, ...minutes } = event.data;
      return { status: 'held', ...minutes, recordedAt: at, confirmation: null };
    }
    case 'QmsEffectivenessConfirmed':
      return state.status === 'none' ? state : { ...state, status: 'confirmed', confirmation: { ...event.data } };
    default:
      return state;
  }
}

/** A conformity declaration (stream `qms-declaration-<id>`), with its notice to the province and its posting. */
export type QmsDeclarationState =
  | { status: 'none' }
  | (Omit<QmsConformityDeclared['data'], 'at'> & {
      status: 'declared';
      declaredAt: string;
      notice: { recipient: string; docRef: string; notifiedOn: LocalDate } | null;
      posting: { postedOn: LocalDate; websiteUrl: string | null } | null;
    });

export const initialQmsDeclarationState: QmsDeclarationState = { status: 'none' };

export function evolveQmsDeclaration(state: QmsDeclarationState, event: QmsDeclarationEvent): QmsDeclarationState {
  switch (event.type) {
    case 'QmsConformityDeclared': {
      const { at, ...declaration } = event.data;
      return { status: 'declared', ...declaration, declaredAt: at, notice: null, posting: null };
    }
    case 'QmsDeclarationNotified': {
      const { recipient, docRef, notifiedOn } = event.data;
      return state.status === 'none' ? state : { ...state, notice: { recipient, docRef, notifiedOn } };
    }
    case 'QmsDeclarationPosted': {
      const { postedOn, websiteUrl } = event.data;
      return state.status === 'none' ? state : { ...state, posting: { postedOn, websiteUrl } };
    }
    default:
      return state;
  }
}
