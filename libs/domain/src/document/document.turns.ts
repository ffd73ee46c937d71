import type { Organisation } from '../organisation';
import { hasRole } from '../organisation';
import { allows, forbidden, ruleViolation, wrongState, type Actor } from '../shared';
import { COMMAND_LABELS, type CommandName } from './document.commands';
import { DOCUMENT_STATUSES, DOCUMENT_STATUS_LABELS, type DocumentState, type DocumentStatus, type RegisteredDocument } from './document.state';
import {
  isOfficeChief, NO_DELEGATIONS, notInitialled, notSigned, signedWork, signingAuthority, signingOptions, type SigningClaim, type SigningDelegations,
} from './signing-path';

/*
 * Whose turn it is on an incoming document (DOMAIN.md §2): ONE table of who may take which step in
 * which state. Everything else is derived from it: the guards every decide function runs first
 * (document.guards.ts), the buttons (`availableActions`), "whoever must act on it now" in `canView`,
 * the queue (`documentQueueStep`), and — in libs/read-models documents/document-queue.ts — the SQL
 * of the queue and of visibility, whose agreement with these functions a test proves on PostgreSQL
 * for every state × viewer. Order of checks: the state (409), who (403), then rules on the state.
 */

type Status = DocumentStatus | 'none';

/**
 * Who a step belongs to. `owes`: the person the step waits for, by name or post (the queue lists it
 * for them); `standsIn`: who may take it too without owing it (the office chief, for the office's
 * leaders and heads). `personal`: named as a person, not by a role the whole office holds: such a
 * person may read the confidential document that waits for them.
 */
export const RESPONSIBILITIES = ['clerk', 'field_office_leader', 'department_head', 'assignee', 'signer', 'clerk_or_assignee', 'deadline_setter'] as const;
export type Responsibility = (typeof RESPONSIBILITIES)[number];

interface Who {
  owes(document: RegisteredDocument, viewer: Actor, organisation: Organisation | undefined, signing: SigningDelegations): boolean;
  standsIn?(viewer: Actor): boolean;
  personal: boolean;
  /** The 403's rule and whom it names. */
  refusal: { rule: string; whom: string };
}

export const isClerk = (actor: Actor): boolean => hasRole(actor, 'clerk');
/** Head of the department the document was distributed to, or the office chief. */
export function isHeadOf(actor: Actor, departmentId: string | null): boolean {
  return (hasRole(actor, 'department_head') && actor.departmentId === departmentId) || isOfficeChief(actor);
}
const isAssignee = (document: RegisteredDocument, actor: Actor): boolean => document.assigneeId !== null && actor.userId === document.assigneeId;

export const WHO: Readonly<Record<Responsibility, Who>> = {
  clerk: { owes: (_d, viewer) => isClerk(viewer), personal: false, refusal: { rule: 'CLERK_ONLY', whom: 'văn thư' } },
  field_office_leader: {
    owes: (document, viewer, organisation) => !!organisation?.fields.some((f) => f.code === document.fieldCode && f.officeLeaderId === viewer.userId),
    standsIn: isOfficeChief,
    personal: true,
    refusal: { rule: 'NOT_OFFICE_LEADER_IN_CHARGE', whom: 'lãnh đạo Văn phòng phụ trách lĩnh vực (hoặc Chánh Văn phòng)' },
  },
  department_head: {
    owes: (document, viewer) => hasRole(viewer, 'department_head') && viewer.departmentId !== null && viewer.departmentId === document.departmentId,
    standsIn: isOfficeChief,
    personal: true,
    refusal: { rule: 'NOT_DEPARTMENT_HEAD', whom: 'trưởng phòng được phân phối văn bản (hoặc Chánh Văn phòng)' },
  },
  assignee: { owes: (document, viewer) => isAssignee(document, viewer), personal: true, refusal: { rule: 'NOT_ASSIGNED_SPECIALIST', whom: 'chuyên viên được giao xử lý văn bản' } },
  /** The leader named in the submission, or whoever holds a live delegation from them covering it (`signingOptions`). */
  signer: {
    owes: (document, viewer, _organisation, signing) =>
      document.submission !== null && signingOptions(viewer, document.submission.leaderId, signedWork({ ...document, submission: document.submission }), signing).length > 0,
    personal: true,
    refusal: { rule: 'NOT_ADDRESSEE', whom: 'lãnh đạo có tên trong phiếu trình' },
  },
  clerk_or_assignee: {
    owes: (document, viewer) => isClerk(viewer) || isAssignee(document, viewer),
    personal: false,
    refusal: { rule: 'CLERK_OR_ASSIGNED_SPECIALIST', whom: 'văn thư hoặc chuyên viên xử lý văn bản' },
  },
  deadline_setter: {
    owes: (document, viewer) => document.deadlines.leader !== null && viewer.userId === document.deadlines.leader.setBy,
    personal: true,
    refusal: { rule: 'NOT_DEADLINE_SETTER', whom: 'lãnh đạo đã giao thời hạn' },
  },
};

export interface DocumentTurn {
  /** The states the step applies to; elsewhere 409 (`wrongStateRule` when a more exact code says why). */
  statuses: readonly Status[];
  wrongStateRule?: { rule: string; message: string };
  /** Refusals that say more than "not yours" or "not now", checked before `who` (a 409 on the state, or a 403 on who asks). */
  before?(document: RegisteredDocument, actor: Actor): void;
  who: Responsibility;
  /** Rules on the state alone, checked after `who`. */
  rule?(document: RegisteredDocument): void;
  /** The statuses in which the step waits for the one who owes it (the queue); absent: never queued. */
  queue?: readonly DocumentStatus[];
}

/** Statuses in which a second assign (a reassignment) is possible: the specialist's work is not with a leader. */
export const REASSIGNABLE = ['assigned', 'appraised', 'supplement_requested'] as const;
/** Statuses before issue in which the leader's due date still runs. */
export const EXTENDABLE = ['received', 'returned', 'distributed', 'assigned', 'appraised', 'supplement_requested', 'submitted', 'initialled', 'signed'] as const;

export const ALREADY_ISSUED = { rule: 'ALREADY_ISSUED', message: 'Văn bản đã được phát hành' } as const;

export const DOCUMENT_TURNS: Readonly<Record<CommandName, DocumentTurn>> = {
  receive: { statuses: ['none'], wrongStateRule: { rule: 'ALREADY_REGISTERED', message: 'Văn bản đã được tiếp nhận, đăng ký' }, who: 'clerk' },
  distribute: { statuses: ['received', 'returned'], who: 'field_office_leader', queue: ['received', 'returned'] },
  assign: {
    statuses: ['distributed', ...REASSIGNABLE],
    before: (document, actor) => {
      if (document.status !== 'distributed' && hasRole(actor, 'specialist') && !isHeadOf(actor, document.departmentId)) {
        throw forbidden('SPECIALIST_CANNOT_REASSIGN', 'Chuyên viên không được tự giao lại văn bản; chỉ trưởng phòng hoặc Chánh Văn phòng mới được giao lại');
      }
    },
    who: 'department_head',
    queue: ['distributed'],
  },
  /** Misrouting is noticed on reading the document, before any handling (not after a supplement cycle). */
  return: {
    statuses: ['assigned'],
    before: (document) => {
      if (document.supplement !== null) throw wrongState('Văn bản đã được xử lý (đã yêu cầu bổ sung hồ sơ), không thể trả lại do chuyển sai', 'ALREADY_HANDLED');
    },
    who: 'assignee',
  },
  appraise: { statuses: ['assigned', 'appraised'], who: 'assignee', queue: ['assigned', 'appraised'] },
  'request-supplement': {
    statuses: ['assigned', 'appraised'],
    who: 'assignee',
    rule: (document) => {
      if (document.supplement !== null) {
        throw ruleViolation('SUPPLEMENT_ALREADY_REQUESTED', 'Đã yêu cầu bổ sung hồ sơ một lần; các nội dung còn thiếu phải được nêu đầy đủ trong một lần yêu cầu');
      }
      if (document.appraisal?.outcome === 'valid') {
        throw ruleViolation('APPRAISAL_ALREADY_VALID', 'Hồ sơ đã được thẩm định là hợp lệ; cần thẩm định lại trước khi yêu cầu bổ sung');
      }
    },
    queue: ['appraised'],
  },
  'receive-supplement': { statuses: ['supplement_requested'], who: 'clerk', queue: ['supplement_requested'] },
  submit: {
    statuses: ['assigned', 'appraised'],
    who: 'assignee',
    rule: (document) => {
      if (document.status !== 'appraised' || document.appraisal?.outcome !== 'valid') throw ruleViolation('APPRAISAL_NOT_VALID', 'Chỉ được trình khi hồ sơ đã được thẩm định là hợp lệ');
    },
    queue: ['appraised'],
  },
  initial: { statuses: ['submitted'], who: 'field_office_leader', queue: ['submitted'] },
  sign: {
    statuses: ['submitted', 'initialled'],
    who: 'signer',
    rule: (document) => {
      if (document.status !== 'initialled') throw notInitialled();
    },
    queue: ['initialled'],
  },
  /** Before signing, issuing is a rule violation (NOT_SIGNED); an issued (or archived) document is never issued again: 409, whoever asks (API.md). */
  issue: {
    statuses: DOCUMENT_STATUSES.filter((s) => s !== 'issued' && s !== 'archived'),
    wrongStateRule: ALREADY_ISSUED,
    who: 'clerk',
    rule: (document) => {
      if (document.status !== 'signed') throw notSigned();
    },
    queue: ['signed'],
  },
  archive: { statuses: ['issued'], who: 'clerk_or_assignee' },
  'extend-deadline': {
    statuses: EXTENDABLE,
    before: (document) => {
      if (!document.deadlines.leader) throw wrongState('Văn bản không có thời hạn giải quyết do lãnh đạo giao nên không thể gia hạn', 'NO_DUE_DATE');
    },
    who: 'deadline_setter',
  },
};

/** Steps a document may wait on someone for, most pressing first when one person owes several (the specialist: submit before asking for a supplement before appraising again). */
export const DOCUMENT_QUEUE_STEPS = ['receive-supplement', 'issue', 'distribute', 'initial', 'assign', 'submit', 'request-supplement', 'appraise', 'sign'] as const;
export type DocumentQueueStep = (typeof DOCUMENT_QUEUE_STEPS)[number];

/**
 * The turn check of `step` on `state` for `actor`: 409 outside its statuses, 403 for the wrong
 * person, 422 (or 409) for a rule on the state. `signing`/`claim` matter only to the sign step.
 */
export function guardDocumentStep(
  step: CommandName,
  state: DocumentState,
  actor: Actor,
  organisation: Organisation | undefined,
  signing: SigningDelegations = NO_DELEGATIONS,
  claim: SigningClaim = {},
): DocumentState {
  const turn = DOCUMENT_TURNS[step];
  if (!turn.statuses.includes(state.status)) {
    if (state.status === 'none') throw ruleViolation('NOT_VIA_CLERK', 'Văn bản chưa được văn thư tiếp nhận, đăng ký: không xử lý văn bản không qua văn thư');
    if (turn.wrongStateRule) throw wrongState(turn.wrongStateRule.message, turn.wrongStateRule.rule);
    throw wrongState(`Bước "${COMMAND_LABELS[step]}" không áp dụng cho văn bản ở trạng thái "${DOCUMENT_STATUS_LABELS[state.status]}"`);
  }
  if (state.status === 'none') {
    // Registration, the one step on nothing yet: the clerk's (mọi văn bản phải qua văn thư).
    requireTurn(step, turn.who === 'clerk' && isClerk(actor), turn.who);
    return state;
  }
  turn.before?.(state, actor);
  if (turn.who === 'signer') {
    // Who may sign, and why not (NOT_ADDRESSEE, DELEGATION_NOT_IN_FORCE, CAPACITY_MISMATCH…): one function for every signed paper.
    if (state.submission) signingAuthority(actor, state.submission.leaderId, signedWork({ ...state, submission: state.submission }), claim, signing);
  } else {
    const who = WHO[turn.who];
    requireTurn(step, who.owes(state, actor, organisation, signing) || (who.standsIn?.(actor) ?? false), turn.who);
  }
  turn.rule?.(state);
  return state;
}

function requireTurn(step: CommandName, allowed: boolean, responsibility: Responsibility): void {
  if (allowed) return;
  const { rule, whom } = WHO[responsibility].refusal;
  throw forbidden(rule, `Chỉ ${whom} mới được ${COMMAND_LABELS[step].toLocaleLowerCase('vi')}`);
}

/**
 * The step this document waits on `viewer` for, or null: the queue's definition in TypeScript
 * (`documentQueueActionSql` is its SQL twin). The one who owes it, never who stands in: the office
 * chief's queue is not every document's.
 */
export function documentQueueStep(document: RegisteredDocument, viewer: Actor, organisation: Organisation, signing: SigningDelegations = NO_DELEGATIONS): DocumentQueueStep | null {
  return (
    DOCUMENT_QUEUE_STEPS.find((step) => {
      const turn = DOCUMENT_TURNS[step];
      return turn.queue?.includes(document.status) && WHO[turn.who].owes(document, viewer, organisation, signing) && allows(() => turn.rule?.(document));
    }) ?? null
  );
}

/**
 * Whoever must act on the document now, named as a person (the office leader in charge to
 * distribute or initial it, the head of the department to assign it, the specialist, the leader
 * to sign it or a deputy holding a live delegation from them): part of `canView`.
 */
export function mustActNow(document: RegisteredDocument, viewer: Actor, organisation: Organisation, signing: SigningDelegations = NO_DELEGATIONS): boolean {
  return DOCUMENT_QUEUE_STEPS.some((step) => {
    const turn = DOCUMENT_TURNS[step];
    return WHO[turn.who].personal && turn.queue?.includes(document.status) && WHO[turn.who].owes(document, viewer, organisation, signing);
  });
}
