import { localDateOf, yearOf, type LocalDate } from '../calendar';
import { hasRole, type Organisation } from '../organisation';
import { notFound, oneOf, optionalText, requireLocalDate, requireText, ruleViolation, textList, wrongState } from '../shared';
import type { ConfirmEffectiveness, DeclareConformity, ManagementReviewCommand, NotifyDeclaration, PostDeclaration, QmsDeclarationCommand, RecordManagementReview } from './management-review.commands';
import { REQUIRED_REVIEW_TOPICS, REVIEW_TOPICS, type ManagementReviewEvent, type QmsDeclarationEvent, type ReviewInput } from './management-review.events';
import type { ManagementReviewState, QmsDeclarationState } from './management-review.state';
import { requireCatalogued, requireList, type Catalogue } from './quality.references';
import { requireIsoSecretary, requireOfficeChief } from './quality.roles';

/** A day already come: minutes, declarations and notices are recorded after the fact. */
function pastDay(value: unknown, field: string, now: string): LocalDate {
  const day = requireLocalDate(value, field);
  if (day > localDateOf(now)) throw ruleViolation('DATE_IN_FUTURE', 'Ngày này không được sau hôm nay', field);
  return day;
}

/* ---------------------------------------------------------------- management review */

export interface ManagementReviewContext {
  organisation: Organisation;
}

function reviewInput(input: unknown, i: number): ReviewInput {
  const item = (input ?? {}) as Partial<ReviewInput>;
  return {
    topic: oneOf(item.topic, REVIEW_TOPICS, `inputs[${i}].topic`, `Nội dung đầu vào phải là một trong: ${REVIEW_TOPICS.join(', ')}`),
    summary: requireText(item.summary, `inputs[${i}].summary`, 'REQUIRED', 'Cần tóm tắt nội dung đầu vào'),
  };
}

/** The head chairs it (QĐ 19/2014 Art. 4.2.c) and it weighs at least the inputs the office must bring. */
function hold(command: RecordManagementReview, state: ManagementReviewState, { organisation }: ManagementReviewContext): ManagementReviewEvent[] {
  if (state.status !== 'none') throw wrongState('Biên bản xem xét này đã được ghi nhận', 'ALREADY_RECORDED');
  requireIsoSecretary(command.actor, 'ghi nhận biên bản xem xét của lãnh đạo');
  const heldOn = pastDay(command.heldOn, 'heldOn', command.now);
  const chair = organisation.users.find((user) => user.id === command.chairId);
  if (!chair || !hasRole(chair, 'office_chief')) throw ruleViolation('REVIEW_CHAIR_NOT_HEAD', 'Cuộc xem xét của lãnh đạo do Chánh Văn phòng (người đứng đầu) chủ trì', 'chairId');
  const inputs = requireList(command.inputs, 'inputs', 'REVIEW_INPUTS_INCOMPLETE', 'Cần ghi các nội dung đầu vào của cuộc xem xét').map(reviewInput);
  const missing = REQUIRED_REVIEW_TOPICS.filter((topic) => !inputs.some((input) => input.topic === topic));
  if (missing.length > 0) throw ruleViolation('REVIEW_INPUTS_INCOMPLETE', `Thiếu nội dung đầu vào: ${missing.join(', ')}`, 'inputs', { missing });
  const decisions = textList(command.decisions, 'decisions', 'DECISIONS_REQUIRED', 'Cần ghi ít nhất một kết luận của cuộc xem xét');
  return [{ type: 'ManagementReviewHeld', data: { year: yearOf(heldOn), heldOn, chairId: chair.id, inputs, decisions, by: command.actor.userId, at: command.now } }];
}

function confirm(command: ConfirmEffectiveness, state: ManagementReviewState): ManagementReviewEvent[] {
  if (state.status === 'none') throw notFound('Không tìm thấy cuộc xem xét của lãnh đạo', 'id');
  requireOfficeChief(command.actor, 'xác nhận hiệu lực của hệ thống quản lý chất lượng');
  if (state.status === 'confirmed') throw wrongState('Hiệu lực của hệ thống đã được xác nhận theo cuộc xem xét này', 'ALREADY_CONFIRMED');
  return [{ type: 'QmsEffectivenessConfirmed', data: { note: optionalText(command.note), by: command.actor.userId, at: command.now } }];
}

/** The decider of a management review (stream `managementReviewStreamName(id)`). */
export function decideManagementReview(command: ManagementReviewCommand, state: ManagementReviewState, context: ManagementReviewContext): ManagementReviewEvent[] {
  switch (command.type) {
    case 'hold':
      return hold(command, state, context);
    case 'confirm':
      return confirm(command, state);
  }
}

/* ---------------------------------------------------------------- conformity declaration */

/** The review the declaration cites (folded from its stream; `none` when there is no such review) and the catalogue. */
export interface QmsDeclarationContext {
  review: ManagementReviewState;
  procedures: Catalogue;
}

/**
 * DECLARATION_WITHOUT_REVIEW: the order of Art. 4.2–4.3 is review, the head's confirmation, then
 * the declaration, all in the same calendar year (the cycle).
 */
function requireConfirmedReview(review: ManagementReviewState, declaredOn: LocalDate): void {
  const confirmedOn = review.status === 'confirmed' ? localDateOf(review.confirmation!.at) : null;
  if (review.status !== 'confirmed' || review.year !== yearOf(declaredOn) || confirmedOn! > declaredOn) {
    throw ruleViolation(
      'DECLARATION_WITHOUT_REVIEW',
      `Chỉ công bố sau khi lãnh đạo đã xem xét và Chánh Văn phòng đã xác nhận hiệu lực của hệ thống trong năm ${yearOf(declaredOn)}`,
      'reviewId',
    );
  }
}

function declare(command: DeclareConformity, state: QmsDeclarationState, { review, procedures }: QmsDeclarationContext): QmsDeclarationEvent[] {
  if (state.status !== 'none') throw wrongState('Bản công bố này đã được ghi nhận', 'ALREADY_DECLARED');
  requireOfficeChief(command.actor, 'ký công bố hệ thống quản lý chất lượng phù hợp');
  const declaredOn = pastDay(command.declaredOn, 'declaredOn', command.now);
  requireConfirmedReview(review, declaredOn);
  const procedureCodes = textList(command.procedureCodes, 'procedureCodes', 'SCOPE_REQUIRED', 'Cần ghi phạm vi áp dụng (các thủ tục hành chính)');
  requireCatalogued(procedureCodes, procedures, 'procedureCodes');
  const decisionNo = requireText(command.decisionNo, 'decisionNo', 'REQUIRED', 'Cần ghi số, ký hiệu quyết định công bố');
  return [{ type: 'QmsConformityDeclared', data: { decisionNo, declaredOn, reviewId: command.reviewId, procedureCodes, by: command.actor.userId, at: command.now } }];
}

function notify(command: NotifyDeclaration, state: QmsDeclarationState): QmsDeclarationEvent[] {
  if (state.status === 'none') throw notFound('Không tìm thấy bản công bố', 'id');
  requireIsoSecretary(command.actor, 'ghi nhận việc thông báo bản công bố');
  if (state.notice) throw wrongState('Bản công bố đã được thông báo', 'ALREADY_NOTIFIED');
  const notifiedOn = pastDay(command.notifiedOn, 'notifiedOn', command.now);
  if (notifiedOn < state.declaredOn) throw ruleViolation('BEFORE_DECLARATION', 'Ngày thông báo không được trước ngày công bố', 'notifiedOn');
  return [{
    type: 'QmsDeclarationNotified',
    data: {
      recipient: requireText(command.recipient, 'recipient', 'REQUIRED', 'Cần ghi cơ quan nhận thông báo (Sở Khoa học và Công nghệ)'),
      docRef: requireText(command.docRef, 'docRef', 'REQUIRED', 'Cần ghi số, ký hiệu văn bản thông báo'),
      notifiedOn,
      by: command.actor.userId,
      at: command.now,
    },
  }];
}

function post(command: PostDeclaration, state: QmsDeclarationState): QmsDeclarationEvent[] {
  if (state.status === 'none') throw notFound('Không tìm thấy bản công bố', 'id');
  requireIsoSecretary(command.actor, 'ghi nhận việc niêm yết bản công bố');
  if (state.posting) throw wrongState('Bản công bố đã được niêm yết', 'ALREADY_POSTED');
  const postedOn = pastDay(command.postedOn, 'postedOn', command.now);
  if (postedOn < state.declaredOn) throw ruleViolation('BEFORE_DECLARATION', 'Ngày niêm yết không được trước ngày công bố', 'postedOn');
  return [{ type: 'QmsDeclarationPosted', data: { postedOn, websiteUrl: optionalText(command.websiteUrl), by: command.actor.userId, at: command.now } }];
}

/** The decider of a conformity declaration (stream `qmsDeclarationStreamName(id)`). */
export function decideQmsDeclaration(command: QmsDeclarationCommand, state: QmsDeclarationState, context: QmsDeclarationContext): QmsDeclarationEvent[] {
  switch (command.type) {
    case 'declare':
      return declare(command, state, context);
    case 'notify':
      return notify(command, state);
    case 'post':
      return post(command, state);
  }
}
