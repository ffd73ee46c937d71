import type { Field, Organisation } from '../organisation';
import { hasRole } from '../organisation';
import { forbidden, ruleViolation, wrongState, type Actor } from '../shared';
import { COMMAND_LABELS, type CommandName } from './document.commands';
import {
  DOCUMENT_STATUS_LABELS,
  type AppraisedDocument,
  type AssignedDocument,
  type DistributedDocument,
  type DocumentState,
  type DocumentStateOf,
  type InitialledDocument,
  type IssuedDocument,
  type LeaderDeadline,
  type ReceivedDocument,
  type RegisteredDocument,
  type ReturnedDocument,
  type SignedDocument,
  type SubmittedDocument,
  type SupplementRequestedDocument,
} from './document.state';
import {
  isOfficeChief, isOfficeLeaderInCharge, notInitialled, notSigned, NO_DELEGATIONS, requireInitialler, requireIssuer, signingAuthority,
  type SignedWork, type SigningClaim, type SigningDelegations,
} from './signing-path';

/*
 * Who may take a step, and in which state: checked first by every decide function and reused by
 * `availableActions`, so that the buttons and the refusals never disagree. Order of checks:
 * WRONG_STATE, then FORBIDDEN, then rules that depend on the state only. Rules about the
 * command's own fields are checked afterwards, in the decide functions.
 */

/** `signing`: the delegations the actor holds, for the sign step (others ignore it); without it only the named leader signs. */
export type Guard = (state: DocumentState, actor: Actor, organisation: Organisation, signing?: SigningDelegations) => unknown;

/** Steps on a document the registry never registered: "không xử lý văn bản không gửi qua văn thư". */
function registered(state: DocumentState): RegisteredDocument {
  if (state.status === 'none') {
    throw ruleViolation('NOT_VIA_CLERK', 'Văn bản chưa được văn thư tiếp nhận, đăng ký: không xử lý văn bản không qua văn thư');
  }
  return state;
}

function inStatus<S extends RegisteredDocument['status']>(state: DocumentState, step: CommandName, statuses: readonly S[]): DocumentStateOf<S> {
  const document = registered(state);
  if (!(statuses as readonly string[]).includes(document.status)) {
    throw wrongState(`Bước "${COMMAND_LABELS[step]}" không áp dụng cho văn bản ở trạng thái "${DOCUMENT_STATUS_LABELS[document.status]}"`);
  }
  return document as DocumentStateOf<S>;
}

/** The field of a document (or of anything with a field code, e.g. a dossier's procedure). */
export function fieldOf(subject: { fieldCode: string }, organisation: Organisation): Field {
  const field = organisation.fields.find((f) => f.code === subject.fieldCode);
  if (!field) throw ruleViolation('UNKNOWN_FIELD', `Lĩnh vực "${subject.fieldCode}" không có trong cơ cấu tổ chức`, 'fieldCode');
  return field;
}

export const isClerk = (actor: Actor): boolean => hasRole(actor, 'clerk');
/** Head of the department the document was distributed to, or the office chief. */
export function isHeadOf(actor: Actor, departmentId: string): boolean {
  return (hasRole(actor, 'department_head') && actor.departmentId === departmentId) || isOfficeChief(actor);
}

function requireClerk(actor: Actor, what: string): void {
  if (!isClerk(actor)) throw forbidden('CLERK_ONLY', `Chỉ văn thư mới được ${what}`);
}

function requireAssignee(actor: Actor, document: { assigneeId: string }): void {
  if (actor.userId !== document.assigneeId) {
    throw forbidden('NOT_ASSIGNED_SPECIALIST', 'Chỉ chuyên viên được giao xử lý văn bản mới được thực hiện bước này');
  }
}

export function guardReceive(state: DocumentState, actor: Actor): void {
  if (state.status !== 'none') throw wrongState('Văn bản đã được tiếp nhận, đăng ký', 'ALREADY_REGISTERED');
  requireClerk(actor, 'tiếp nhận, đăng ký văn bản đến: mọi văn bản phải qua văn thư');
}

export function guardDistribute(state: DocumentState, actor: Actor, organisation: Organisation): ReceivedDocument | ReturnedDocument {
  const document = inStatus(state, 'distribute', ['received', 'returned']);
  if (!isOfficeLeaderInCharge(actor, fieldOf(document, organisation))) {
    throw forbidden('NOT_OFFICE_LEADER_IN_CHARGE', 'Chỉ lãnh đạo Văn phòng phụ trách lĩnh vực (hoặc Chánh Văn phòng) mới được phân phối văn bản này');
  }
  return document;
}

/** Statuses in which a second assign (a reassignment) is possible: the specialist's work is not with a leader. */
export const REASSIGNABLE = ['assigned', 'appraised', 'supplement_requested'] as const;

export function guardAssign(
  state: DocumentState,
  actor: Actor,
): DistributedDocument | AssignedDocument | AppraisedDocument | SupplementRequestedDocument {
  const document = inStatus(state, 'assign', ['distributed', ...REASSIGNABLE]);
  const reassignment = document.status !== 'distributed';
  if (reassignment && hasRole(actor, 'specialist') && !isHeadOf(actor, document.departmentId)) {
    throw forbidden('SPECIALIST_CANNOT_REASSIGN', 'Chuyên viên không được tự giao lại văn bản; chỉ trưởng phòng hoặc Chánh Văn phòng mới được giao lại');
  }
  if (!isHeadOf(actor, document.departmentId)) {
    throw forbidden('NOT_DEPARTMENT_HEAD', 'Chỉ trưởng phòng được phân phối văn bản (hoặc Chánh Văn phòng) mới được giao chuyên viên');
  }
  return document;
}

/** Misrouting is noticed on reading the document, before any handling (not after a supplement cycle). */
export function guardReturn(state: DocumentState, actor: Actor): AssignedDocument {
  const document = inStatus(state, 'return', ['assigned']);
  if (document.supplement !== null) throw wrongState('Văn bản đã được xử lý (đã yêu cầu bổ sung hồ sơ), không thể trả lại do chuyển sai', 'ALREADY_HANDLED');
  requireAssignee(actor, document);
  return document;
}

export function guardAppraise(state: DocumentState, actor: Actor): AssignedDocument | AppraisedDocument {
  const document = inStatus(state, 'appraise', ['assigned', 'appraised']);
  requireAssignee(actor, document);
  return document;
}

export function guardRequestSupplement(state: DocumentState, actor: Actor): AssignedDocument | AppraisedDocument {
  const document = inStatus(state, 'request-supplement', ['assigned', 'appraised']);
  requireAssignee(actor, document);
  if (document.supplement !== null) {
    throw ruleViolation(
      'SUPPLEMENT_ALREADY_REQUESTED',
      'Đã yêu cầu bổ sung hồ sơ một lần; các nội dung còn thiếu phải được nêu đầy đủ trong một lần yêu cầu',
    );
  }
  if (document.appraisal?.outcome === 'valid') {
    throw ruleViolation('APPRAISAL_ALREADY_VALID', 'Hồ sơ đã được thẩm định là hợp lệ; cần thẩm định lại trước khi yêu cầu bổ sung');
  }
  return document;
}

export function guardReceiveSupplement(state: DocumentState, actor: Actor): SupplementRequestedDocument {
  const document = inStatus(state, 'receive-supplement', ['supplement_requested']);
  requireClerk(actor, 'nhận hồ sơ bổ sung: mọi văn bản phải qua văn thư');
  return document;
}

export function guardSubmit(state: DocumentState, actor: Actor): AppraisedDocument {
  const document = inStatus(state, 'submit', ['assigned', 'appraised']);
  requireAssignee(actor, document);
  if (document.status !== 'appraised' || document.appraisal.outcome !== 'valid') {
    throw ruleViolation('APPRAISAL_NOT_VALID', 'Chỉ được trình khi hồ sơ đã được thẩm định là hợp lệ');
  }
  return document;
}

export function guardInitial(state: DocumentState, actor: Actor, organisation: Organisation): SubmittedDocument {
  const document = inStatus(state, 'initial', ['submitted']);
  requireInitialler(actor, fieldOf(document, organisation));
  return document;
}

/** The field and draft type of a submitted document: what a delegation's scope must cover. */
export function signedWork(document: Pick<SubmittedDocument, 'fieldCode' | 'submission'>): SignedWork {
  return { fieldCode: document.fieldCode, documentType: document.submission.draft.documentType };
}

/**
 * The named leader, or the holder of a live delegation from them covering the document
 * (`signingAuthority`, in the capacity claimed when the decider passes it; any, for the buttons).
 */
export function guardSign(
  state: DocumentState,
  actor: Actor,
  _organisation?: Organisation,
  signing: SigningDelegations = NO_DELEGATIONS,
  claim: SigningClaim = {},
): InitialledDocument {
  const document = inStatus(state, 'sign', ['submitted', 'initialled']);
  signingAuthority(actor, document.submission.leaderId, signedWork(document), claim, signing);
  if (document.status !== 'initialled') throw notInitialled();
  return document;
}

/** Before signing, issuing is a rule violation (NOT_SIGNED); after issuing, it is the wrong state. */
/** An issued (or archived) document is never issued again: 409, whoever asks (API.md). */
export function refuseReissue(document: Pick<RegisteredDocument, 'status'>): void {
  if (document.status === 'issued' || document.status === 'archived') throw wrongState('Văn bản đã được phát hành', 'ALREADY_ISSUED');
}

export function guardIssue(state: DocumentState, actor: Actor): SignedDocument {
  const document = registered(state);
  refuseReissue(document);
  requireIssuer(actor);
  if (document.status !== 'signed') throw notSigned();
  return document;
}

export function guardArchive(state: DocumentState, actor: Actor): IssuedDocument {
  const document = inStatus(state, 'archive', ['issued']);
  if (!isClerk(actor) && actor.userId !== document.assigneeId) {
    throw forbidden('CLERK_OR_ASSIGNED_SPECIALIST', 'Chỉ văn thư hoặc chuyên viên xử lý văn bản mới được lưu hồ sơ');
  }
  return document;
}

/** Statuses before issue in which the leader's due date still runs. */
export const EXTENDABLE = ['received', 'returned', 'distributed', 'assigned', 'appraised', 'supplement_requested', 'submitted', 'initialled', 'signed'] as const;

export function guardExtendDeadline(state: DocumentState, actor: Actor): { document: RegisteredDocument; leader: LeaderDeadline } {
  const document = inStatus(state, 'extend-deadline', EXTENDABLE);
  const leader = document.deadlines.leader;
  if (!leader) throw wrongState('Văn bản không có thời hạn giải quyết do lãnh đạo giao nên không thể gia hạn', 'NO_DUE_DATE');
  if (actor.userId !== leader.setBy) throw forbidden('NOT_DEADLINE_SETTER', 'Chỉ lãnh đạo đã giao thời hạn mới được gia hạn');
  return { document, leader };
}

/** Every step's guard, for `availableActions`. */
export const GUARDS: Readonly<Record<CommandName, Guard>> = {
  receive: guardReceive,
  distribute: guardDistribute,
  assign: guardAssign,
  return: guardReturn,
  appraise: guardAppraise,
  'request-supplement': guardRequestSupplement,
  'receive-supplement': guardReceiveSupplement,
  submit: guardSubmit,
  initial: guardInitial,
  sign: guardSign,
  issue: guardIssue,
  archive: guardArchive,
  'extend-deadline': guardExtendDeadline,
};
