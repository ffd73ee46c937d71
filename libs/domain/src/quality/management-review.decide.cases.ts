import { describe, it } from '@jest/globals';
import { userId } from '../testing/document-fixtures';
import { deciderSpec } from '../testing/given-when-then';
import { DEMO_ORGANISATION } from '../organisation';
import type { ManagementReviewCommand, QmsDeclarationCommand } from './management-review.commands';
import { decideManagementReview, decideQmsDeclaration } from './management-review.decide';
import { REQUIRED_REVIEW_TOPICS, type ManagementReviewEvent, type QmsDeclarationEvent } from './management-review.events';
import {
  evolveManagementReview, evolveQmsDeclaration, initialManagementReviewState, initialQmsDeclarationState, type ManagementReviewState,
} from './management-review.state';
import { CHIEF, CODE, ISO, LEGAL_CONTEXT, NOW } from './testing/quality-fixtures';

const givenReview = deciderSpec({ decide: decideManagementReview, evolve: evolveManagementReview, initialState: initialManagementReviewState }, { organisation: DEMO_ORGANISATION });

const reviewId = '7d1c0000-0000-4000-8000-0000000000c1';
const inputs = REQUIRED_REVIEW_TOPICS.map((topic) => ({ topic, summary: `Tóm tắt ${topic}` }));
const hold = (o: object = {}): ManagementReviewCommand => ({
  type: 'hold', reviewId, heldOn: '2026-03-03', chairId: CHIEF.userId, inputs, decisions: ['Bổ sung nhân lực bộ phận một cửa'], actor: ISO, now: NOW, ...o,
});
const confirm = (o: object = {}): ManagementReviewCommand => ({ type: 'confirm', reviewId, note: null, actor: CHIEF, now: NOW, ...o });
const held: ManagementReviewEvent = {
  type: 'ManagementReviewHeld',
  data: { year: 2026, heldOn: '2026-03-03', chairId: CHIEF.userId, inputs, decisions: ['Bổ sung nhân lực bộ phận một cửa'], by: ISO.userId, at: NOW },
};
const confirmed: ManagementReviewEvent = { type: 'QmsEffectivenessConfirmed', data: { note: null, by: CHIEF.userId, at: NOW } };

describe('a management review', () => {
  it('the secretary records the minutes of the review the head chaired; the head confirms effectiveness', () => {
    givenReview([]).when(hold()).then([held]);
    givenReview([held]).when(confirm()).then([confirmed]);
  });

  it.each([
    ['chaired by someone other than the head', { chairId: userId('pho.chanh.vp.kt') }, 'REVIEW_CHAIR_NOT_HEAD', 'chairId'],
    ['without the inputs the office must weigh', { inputs: inputs.slice(1) }, 'REVIEW_INPUTS_INCOMPLETE', 'inputs'],
    ['without a decision', { decisions: [] }, 'DECISIONS_REQUIRED', 'decisions'],
    ['held on a day still to come', { heldOn: '2026-04-01' }, 'DATE_IN_FUTURE', 'heldOn'],
  ])('RULE_VIOLATION: %s', (_name, o, rule, field) => {
    givenReview([]).when(hold(o)).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });

  it('FORBIDDEN: only the head confirms; WRONG_STATE: once', () => {
    givenReview([held]).when(confirm({ actor: ISO })).thenThrows({ code: 'FORBIDDEN', rule: 'OFFICE_CHIEF_ONLY' });
    givenReview([held, confirmed]).when(confirm()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_CONFIRMED' });
  });
});

const declarationId = '7d1c0000-0000-4000-8000-0000000000d1';
const reviewOf = (events: ManagementReviewEvent[]): ManagementReviewState => events.reduce(evolveManagementReview, initialManagementReviewState);
const givenDeclaration = (review: ManagementReviewEvent[]) =>
  deciderSpec({ decide: decideQmsDeclaration, evolve: evolveQmsDeclaration, initialState: initialQmsDeclarationState }, { review: reviewOf(review), procedures: LEGAL_CONTEXT.procedures });
const declare = (o: object = {}): QmsDeclarationCommand => ({
  type: 'declare', declarationId, decisionNo: '25/QĐ-VP', declaredOn: '2026-03-05', reviewId, procedureCodes: [CODE], actor: CHIEF, now: NOW, ...o,
});
const declared: QmsDeclarationEvent = { type: 'QmsConformityDeclared', data: { decisionNo: '25/QĐ-VP', declaredOn: '2026-03-05', reviewId, procedureCodes: [CODE], by: CHIEF.userId, at: NOW } };

describe('the conformity declaration', () => {
  it('the head declares after the confirmed review of the same year; the secretary notifies Sở KH&CN and posts it', () => {
    givenDeclaration([held, confirmed])([]).when(declare()).then([declared]);
    const notify: QmsDeclarationCommand = { type: 'notify', declarationId, recipient: 'Sở Khoa học và Công nghệ', docRef: '30/VP-HCTC', notifiedOn: '2026-03-05', actor: ISO, now: NOW };
    givenDeclaration([])([declared]).when(notify).then([{ type: 'QmsDeclarationNotified', data: { recipient: 'Sở Khoa học và Công nghệ', docRef: '30/VP-HCTC', notifiedOn: '2026-03-05', by: ISO.userId, at: NOW } }]);
    const post: QmsDeclarationCommand = { type: 'post', declarationId, postedOn: '2026-03-05', websiteUrl: 'https://vpubnd.example.gov.vn/iso', actor: ISO, now: NOW };
    givenDeclaration([])([declared]).when(post).then([{ type: 'QmsDeclarationPosted', data: { postedOn: '2026-03-05', websiteUrl: 'https://vpubnd.example.gov.vn/iso', by: ISO.userId, at: NOW } }]);
  });

  it.each<[string, ManagementReviewEvent[]]>([
    ['no such review', []],
    ['a review the head has not confirmed', [held]],
    ['a review of the previous year', [{ ...held, data: { ...held.data, year: 2025, heldOn: '2025-12-20' } } as ManagementReviewEvent, confirmed]],
  ])('DECLARATION_WITHOUT_REVIEW: %s', (_name, review) => {
    givenDeclaration(review)([]).when(declare()).thenThrows({ code: 'RULE_VIOLATION', rule: 'DECLARATION_WITHOUT_REVIEW', field: 'reviewId' });
  });

  it('FORBIDDEN: only the head signs it', () => {
    givenDeclaration([held, confirmed])([]).when(declare({ actor: ISO })).thenThrows({ code: 'FORBIDDEN', rule: 'OFFICE_CHIEF_ONLY' });
  });
});
