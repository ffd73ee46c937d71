import { hasRole, type Field, type Organisation, type User } from '../organisation';
import { isDocumentTypeCode, type SigningOrgan } from '../numbering';
import { forbidden, ruleViolation, oneOf, optionalText, positiveInteger, requireText, textList, type Actor, type DomainError } from '../shared';
import { DELEGATION_KINDS, delegationCovers, delegationInForce, type DelegationGrant } from '../delegations';
import type { Submission } from './document.state';
import type { OnBehalfOf, SigningCapacity } from './document.events';
import type { RelatedOpinion } from './document.types';

/*
 * The signing path (trình, ký nháy, ký, phát hành) of DOMAIN.md §2, QC 10.2.3 and ND30 Art. 18:
 * one rule, one place. The decider of incoming documents and the decider of one-stop dossiers
 * (§6: the result goes through "the same rules, the same numbering") both call these functions;
 * each keeps its own states and events. Checks of who acts throw 403, the others 422.
 */

export const isOfficeChief = (actor: Actor): boolean => hasRole(actor, 'office_chief');

/** The office leader in charge of the field; the office chief may do whatever a deputy may. */
export function isOfficeLeaderInCharge(actor: Actor, field: Field): boolean {
  return actor.userId === field.officeLeaderId || isOfficeChief(actor);
}

/**
 * Who may sign a submission for a field, and as which organ: the field's committee leader or
 * the chairman (competent for every field) sign as the Committee; the field's office leader or
 * the office chief sign as the Office. Null: not competent.
 */
export function signingCompetence(leader: Pick<User, 'id' | 'roles'>, field: Field): SigningOrgan | null {
  if (leader.id === field.committeeLeaderId || hasRole(leader, 'committee_chairman')) return 'committee';
  if (leader.id === field.officeLeaderId || hasRole(leader, 'office_chief')) return 'office';
  return null;
}

/** The leaders competent for a field's submissions (for the submit form's list). */
export function competentLeaders(fieldCode: string, organisation: Organisation): User[] {
  const field = organisation.fields.find((f) => f.code === fieldCode);
  return field ? organisation.users.filter((user) => signingCompetence(user, field) !== null) : [];
}

/* ---------------------------------------------------------------- trình: the submission slip */

/** What a specialist writes on a submission slip (phiếu trình); `leaderIds` must hold exactly one leader. */
export interface SubmissionInput {
  leaderIds: readonly string[];
  proposal: string;
  relatedOpinions?: RelatedOpinion[] | null;
  reservedOpinion?: string | null;
  draft: { documentType: string; excerpt: string };
}

/** A valid submission slip, before it is stamped with who and when. */
export type SubmissionTerms = Omit<Submission, 'by' | 'at'>;

function relatedOpinions(value: RelatedOpinion[] | null | undefined): RelatedOpinion[] {
  if (value == null) return [];
  if (!Array.isArray(value)) throw ruleViolation('INVALID_VALUE', 'Ý kiến của cơ quan liên quan không hợp lệ', 'relatedOpinions');
  return value.map((item, i) => ({
    agency: requireText(item?.agency, `relatedOpinions[${i}].agency`, 'REQUIRED', 'Cần ghi tên cơ quan có ý kiến'),
    opinion: requireText(item?.opinion, `relatedOpinions[${i}].opinion`, 'REQUIRED', 'Cần ghi nội dung ý kiến'),
  }));
}

/**
 * Phiếu trình to exactly one leader (`ONE_LEADER_PER_SUBMISSION`) competent for the field
 * (`LEADER_NOT_COMPETENT`), with the specialist's proposal, the related opinions, the reserved
 * opinion (bảo lưu) and the draft (QC 10.2.2–10.2.3). `leaderField` names the request field
 * the leader came in (`leaderIds` for documents, `leaderId` for dossiers).
 */
export function submissionTerms(input: SubmissionInput, field: Field, organisation: Organisation, leaderField = 'leaderIds'): SubmissionTerms {
  if (!Array.isArray(input.leaderIds) || input.leaderIds.length !== 1) {
    throw ruleViolation('ONE_LEADER_PER_SUBMISSION', 'Mỗi phiếu trình chỉ trình một lãnh đạo', leaderField);
  }
  const leader = organisation.users.find((user) => user.id === input.leaderIds[0]);
  const signsAs = leader ? signingCompetence(leader, field) : null;
  if (!leader || !signsAs) {
    throw ruleViolation('LEADER_NOT_COMPETENT', `Lãnh đạo được trình không có thẩm quyền giải quyết lĩnh vực ${field.name}`, leaderField);
  }
  const proposal = requireText(input.proposal, 'proposal', 'PROPOSAL_REQUIRED', 'Cần ghi đề xuất của chuyên viên');
  if (!isDocumentTypeCode(input.draft?.documentType)) {
    throw ruleViolation('UNKNOWN_DOCUMENT_TYPE', 'Loại văn bản dự thảo không thuộc danh mục của Nghị định 30/2020/NĐ-CP', 'draft.documentType');
  }
  const excerpt = requireText(input.draft.excerpt, 'draft.excerpt', 'REQUIRED', 'Cần ghi trích yếu của dự thảo');
  return {
    leaderId: leader.id,
    signsAs,
    proposal,
    relatedOpinions: relatedOpinions(input.relatedOpinions),
    reservedOpinion: optionalText(input.reservedOpinion),
    draft: { documentType: input.draft.documentType, excerpt },
  };
}

/* ---------------------------------------------------------------- ký nháy: the initial */

/** Only the office leader in charge of the field (or the office chief) initials a submission. */
export function requireInitialler(actor: Actor, field: Field): void {
  if (!isOfficeLeaderInCharge(actor, field)) {
    throw forbidden('NOT_OFFICE_LEADER_IN_CHARGE', 'Chỉ lãnh đạo Văn phòng phụ trách lĩnh vực (hoặc Chánh Văn phòng) mới được ký nháy phiếu trình này');
  }
}

export type InitialOutcome = { agree: true; note: string | null } | { agree: false; note: string };

/** Ký nháy, or (not agreed) back to the specialist: then the reason is required. */
export function initialOutcome(input: { agree: boolean; note?: string | null }): InitialOutcome {
  if (typeof input.agree !== 'boolean') throw ruleViolation('INVALID_VALUE', 'Cần cho biết đồng ý hay không', 'agree');
  if (input.agree) return { agree: true, note: optionalText(input.note) };
  return { agree: false, note: requireText(input.note, 'note', 'REASON_REQUIRED', 'Không đồng ý với phiếu trình phải nêu lý do') };
}

/* ---------------------------------------------------------------- ký: the signature */

/** Only the leader named in the submission signs, nobody else. */
export function requireAddressee(actor: Actor, submission: Pick<Submission, 'leaderId'>): void {
  if (actor.userId !== submission.leaderId) {
    throw forbidden('NOT_ADDRESSEE', 'Chỉ lãnh đạo có tên trong phiếu trình mới được ký văn bản này');
  }
}

/** The delegations weighed at the sign step (those the signer holds, read at command time) and the instant of signing. */
export interface SigningDelegations {
  delegations: readonly DelegationGrant[];
  now: string;
}

/** Nobody signs for anyone: only the named leader may sign. */
export const NO_DELEGATIONS: SigningDelegations = { delegations: [], now: '' };

/** In what capacity a signature is made, for whom, under which delegation (both null in one's own name). */
export type SigningAuthority = { capacity: SigningCapacity; onBehalfOf: OnBehalfOf | null; delegationId: string | null };

/** The capacity a signer claims, and which delegation when they hold several; nothing claimed: whichever fits. */
export type SigningClaim = { capacity?: SigningCapacity | null; delegationId?: string | null };

/** What is signed, as a delegation's scope sees it: the field and the draft's document type. */
export type SignedWork = { fieldCode: string; documentType: string };

/** The field and draft type of a submitted paper: what a delegation's scope must cover. */
export function signedWork(paper: { fieldCode: string; submission: { draft: { documentType: string } } }): SignedWork {
  return { fieldCode: paper.fieldCode, documentType: paper.submission.draft.documentType };
}

const OWN: SigningAuthority = { capacity: 'own', onBehalfOf: null, delegationId: null };

const onBehalfOf = (grant: DelegationGrant, leaderId: string): SigningAuthority => ({
  capacity: grant.kind,
  onBehalfOf: { userId: leaderId, title: grant.onBehalfOfTitle },
  delegationId: grant.delegationId,
});

/**
 * Who may sign a submission, and in what capacity (ND30 Art. 13, DOMAIN.md §10): the leader named
 * in it, in their own name; or the holder of a delegation from that leader in force at the signing
 * instant (DELEGATION_NOT_IN_FORCE), of the kind claimed (CAPACITY_MISMATCH), whose scope covers the
 * document's field and type (DELEGATION_OUT_OF_SCOPE). Anybody else: 403 NOT_ADDRESSEE. With no
 * capacity claimed, the named leader signs as `own` and a holder under the delegation that fits.
 */
export function signingAuthority(
  actor: Actor,
  leaderId: string,
  work: SignedWork,
  claim: SigningClaim,
  { delegations, now }: SigningDelegations,
): SigningAuthority {
  const claimed = claim.capacity ?? null;
  if (claimed === 'own' || (claimed === null && actor.userId === leaderId)) {
    requireAddressee(actor, { leaderId });
    return OWN;
  }
  if (claimed !== null && !(DELEGATION_KINDS as readonly string[]).includes(claimed)) {
    throw ruleViolation('INVALID_VALUE', 'Hình thức ký (own, KT, TM, Q, TUQ, TL) không hợp lệ', 'capacity');
  }
  const held = delegations.filter((g) => g.granteeId === actor.userId && g.grantorId === leaderId && (claim.delegationId == null || g.delegationId === claim.delegationId));
  if (claimed === null && held.length === 0) requireAddressee(actor, { leaderId });
  const field = claim.delegationId == null ? 'capacity' : 'delegationId';
  const live = held.filter((g) => delegationInForce(g, now));
  if (live.length === 0) {
    throw ruleViolation('DELEGATION_NOT_IN_FORCE', 'Không có ủy quyền ký của lãnh đạo có tên trong phiếu trình còn hiệu lực vào thời điểm ký', field);
  }
  const ofKind = claimed === null ? live : live.filter((g) => g.kind === claimed);
  if (ofKind.length === 0) {
    throw ruleViolation('CAPACITY_MISMATCH', `Hình thức ký "${claimed}." không khớp với ủy quyền được giao (${live.map((g) => `${g.kind}.`).join(', ')})`, 'capacity');
  }
  const covering = ofKind.find((g) => delegationCovers(g.scope, work));
  if (!covering) throw ruleViolation('DELEGATION_OUT_OF_SCOPE', 'Lĩnh vực hoặc loại văn bản nằm ngoài phạm vi được ủy quyền ký', field);
  return onBehalfOf(covering, leaderId);
}

/** Every capacity `actor` may sign in now (the sign dialog's choices): their own name, then each live delegation that covers the work. */
export function signingOptions(actor: Actor, leaderId: string, work: SignedWork, { delegations, now }: SigningDelegations): SigningAuthority[] {
  const delegated = delegations
    .filter((g) => g.granteeId === actor.userId && g.grantorId === leaderId && delegationInForce(g, now) && delegationCovers(g.scope, work))
    .map((g) => onBehalfOf(g, leaderId));
  return actor.userId === leaderId ? [OWN, ...delegated] : delegated;
}

/** Initialling comes before signing: the refusal when it has not happened. */
export function notInitialled(): DomainError {
  return ruleViolation('NOT_INITIALLED', 'Phiếu trình chưa được lãnh đạo Văn phòng ký nháy nên chưa thể ký');
}

export type SignOutcome = { decision: 'approved'; note: string | null } | { decision: 'rejected'; note: string };

/** Ký ban hành, or reject back to the specialist: then the reason is required. */
export function signOutcome(input: { decision: string; note?: string | null }): SignOutcome {
  const decision = oneOf(input.decision, ['approved', 'rejected'] as const, 'decision', 'Quyết định ký không hợp lệ');
  if (decision === 'approved') return { decision, note: optionalText(input.note) };
  return { decision, note: requireText(input.note, 'note', 'REASON_REQUIRED', 'Không duyệt ký phải nêu lý do') };
}

/* ---------------------------------------------------------------- phát hành: the issue */

/** Only clerks issue (QC Art. 11.1). */
export function requireIssuer(actor: Actor): void {
  if (!hasRole(actor, 'clerk')) throw forbidden('CLERK_ONLY', 'Chỉ văn thư mới được phát hành văn bản');
}

/** Only signed documents are issued (QC Art. 11.1): the refusal when it is not signed yet. */
export function notSigned(): DomainError {
  return ruleViolation('NOT_SIGNED', 'Chỉ văn bản đã ký mới được phát hành');
}

/** The outgoing number allocated from the outgoing series. */
export function outgoingNumberOf(value: number): number {
  return positiveInteger(value, 'outgoingNumber', 'INVALID_NUMBER', 'Số văn bản đi phải là số nguyên dương');
}

/** Nơi nhận and số lượng bản: at least one recipient, and at least one copy for each. */
export function issueDistribution(input: { recipients: string[]; copies: number }): { recipients: string[]; copies: number } {
  const recipients = textList(input.recipients, 'recipients', 'RECIPIENTS_REQUIRED', 'Cần ghi nơi nhận của văn bản');
  const copies = positiveInteger(input.copies, 'copies', 'INVALID_COPIES', 'Số lượng bản phải là số nguyên dương');
  if (copies < recipients.length) {
    throw ruleViolation('COPIES_FEWER_THAN_RECIPIENTS', 'Số lượng bản không được ít hơn số nơi nhận', 'copies');
  }
  return { recipients, copies };
}
