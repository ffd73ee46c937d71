import { isHeadOf } from '../document';
import { hasRole, type Organisation } from '../organisation';
import { allows, forbidden, ruleViolation, wrongState, type Actor } from '../shared';
import type { HandoverCommand } from './handover.commands';
import { HANDOVER_STATUS_LABELS, stillHeld, type HandoverState, type HandoverStateOf, type OpenHandover, type RecordedHandover } from './handover.state';
import type { SigningParty } from './handover.types';

/*
 * Whose turn it is on a hand-over: ONE table of who may take which step in which state. The
 * decider checks it first (WRONG_STATE, FORBIDDEN, then the rules on the state alone) and
 * `handoverActions` derives the buttons from it.
 */

export type HandoverStep = HandoverCommand['type'];
type Status = HandoverState['status'];

export const HANDOVER_STEP_LABELS: Readonly<Record<HandoverStep, string>> = {
  record: 'ghi nhận nghỉ việc, chuyển công tác',
  list: 'lập danh sách bàn giao',
  reassign: 'giao lại công việc',
  'hand-over-on-paper': 'ghi nhận bàn giao trên giấy',
  sign: 'ký biên bản bàn giao',
  release: 'giải quyết cho nghỉ việc, chuyển công tác',
};

type Who = (handover: HandoverState, actor: Actor, organisation: Organisation, step: HandoverStep) => void;

/** The personnel unit: the head of Phòng Hành chính – Tổ chức, or the office chief (chánh văn phòng). */
export function isPersonnelOfficer(actor: Actor, organisation: Organisation): boolean {
  const hctc = organisation.departments.find((department) => department.code === 'HCTC');
  return hasRole(actor, 'office_chief') || (hctc !== undefined && hasRole(actor, 'department_head') && actor.departmentId === hctc.id);
}

/** The receiving head (thủ trưởng đơn vị): the head of the leaver's department, or the office chief; never the leaver. */
export function isReceivingHead(handover: RecordedHandover, actor: Actor): boolean {
  if (actor.userId === handover.userId) return false;
  return handover.departmentId === null ? hasRole(actor, 'office_chief') : isHeadOf(actor, handover.departmentId);
}

/** The party the actor signs as, if any. */
export function signingPartyOf(handover: RecordedHandover, actor: Actor): SigningParty | null {
  if (actor.userId === handover.userId) return 'leaver';
  return isReceivingHead(handover, actor) ? 'head' : null;
}

const RECORDER: Who = (_handover, actor, organisation, step) => {
  if (!isPersonnelOfficer(actor, organisation)) throw forbidden('PERSONNEL_OFFICER_ONLY', `Chỉ Trưởng phòng Hành chính – Tổ chức hoặc Chánh Văn phòng mới được ${HANDOVER_STEP_LABELS[step]}`);
};
/** The hand-over itself: the leaver, the receiving head, the personnel unit. */
const PARTICIPANT: Who = (handover, actor, organisation, step) => {
  const may = handover.status !== 'none' && (actor.userId === handover.userId || isReceivingHead(handover, actor) || isPersonnelOfficer(actor, organisation));
  if (!may) throw forbidden('NOT_HANDOVER_PARTY', `Chỉ người bàn giao, trưởng phòng của họ hoặc Phòng Hành chính – Tổ chức mới được ${HANDOVER_STEP_LABELS[step]}`);
};
const SIGNER: Who = (handover, actor) => {
  if (handover.status === 'none' || signingPartyOf(handover, actor) === null) {
    throw forbidden('NOT_HANDOVER_SIGNER', 'Chỉ người bàn giao và trưởng phòng nhận bàn giao (hoặc Chánh Văn phòng) mới được ký biên bản bàn giao');
  }
};

/* ---------------------------------------------------------------- rules on the state alone */

function notSignedYet(handover: OpenHandover): void {
  if (handover.signatures.leaver !== null || handover.signatures.head !== null) {
    throw ruleViolation('HANDOVER_ALREADY_SIGNED', 'Biên bản bàn giao đã được ký; không thay đổi danh sách sau khi ký');
  }
}

/** HANDOVER_INCOMPLETE: nothing may still be held, counting `held` (what the read models show now) when given. */
export function requireHandedOver(handover: RecordedHandover, held: Parameters<typeof stillHeld>[1] = []): void {
  if (handover.listedAt === null) throw ruleViolation('HANDOVER_NOT_LISTED', 'Chưa lập danh sách công việc, hồ sơ, tài liệu bàn giao');
  const keys = stillHeld(handover, held);
  if (keys.length > 0) {
    throw ruleViolation('HANDOVER_INCOMPLETE', `Còn ${keys.length} mục chưa bàn giao: phải giao lại hoặc bàn giao trên giấy trước khi ký, cho nghỉ`, undefined, { count: keys.length, keys });
  }
}

function bothSigned(handover: OpenHandover): void {
  const missing = (['leaver', 'head'] as const).filter((party) => handover.signatures[party] === null);
  if (missing.length > 0) {
    throw ruleViolation('HANDOVER_NOT_SIGNED', 'Biên bản bàn giao phải có chữ ký của người bàn giao và trưởng phòng nhận bàn giao', undefined, { missing });
  }
}

/* ---------------------------------------------------------------- the table */

interface Turn<S extends Status> {
  statuses: readonly S[];
  who: Who;
  rule?: (handover: OpenHandover, actor: Actor) => void;
}
const turn = <S extends Status>(statuses: readonly S[], who: Who, rule?: Turn<S>['rule']): Turn<S> => ({ statuses, who, rule });

export const HANDOVER_TURNS = {
  record: turn(['none'], RECORDER),
  list: turn(['open'], PARTICIPANT, notSignedYet),
  reassign: turn(['open'], PARTICIPANT, notSignedYet),
  'hand-over-on-paper': turn(['open'], PARTICIPANT, notSignedYet),
  sign: turn(['open'], SIGNER, (handover, actor) => {
    const party = signingPartyOf(handover, actor);
    if (party !== null && handover.signatures[party] !== null) throw wrongState('Người này đã ký biên bản bàn giao', 'ALREADY_SIGNED');
    requireHandedOver(handover);
  }),
  release: turn(['open'], RECORDER, (handover) => {
    requireHandedOver(handover);
    bothSigned(handover);
  }),
} as const satisfies Record<HandoverStep, Turn<Status>>;

type StatusesOf<K extends HandoverStep> = (typeof HANDOVER_TURNS)[K]['statuses'][number];

export const HANDOVER_STEPS = Object.keys(HANDOVER_TURNS) as HandoverStep[];

/** The turn check of `step`: 409 outside its statuses, 403 for the wrong person, 422 for a rule on the state. */
export function guardHandoverStep<K extends HandoverStep>(step: K, state: HandoverState, actor: Actor, organisation: Organisation): HandoverStateOf<StatusesOf<K>> {
  const entry: Turn<Status> = HANDOVER_TURNS[step];
  if (!entry.statuses.includes(state.status)) {
    throw wrongState(`Bước "${HANDOVER_STEP_LABELS[step]}" không áp dụng cho việc bàn giao ở trạng thái "${HANDOVER_STATUS_LABELS[state.status]}"`);
  }
  entry.who(state, actor, organisation, step);
  if (entry.rule && state.status === 'open') entry.rule(state, actor);
  // The only cast of the module: the status was just found among the step's statuses.
  return state as HandoverStateOf<StatusesOf<K>>;
}

/** The steps `actor` may take now on the hand-over as a whole, by the very checks the decider runs first: the buttons. */
export function handoverActions(state: HandoverState, actor: Actor, organisation: Organisation): HandoverStep[] {
  return HANDOVER_STEPS.filter((step) => step !== 'reassign' && step !== 'hand-over-on-paper').filter((step) => allows(() => guardHandoverStep(step, state, actor, organisation)));
}

/** The step that hands an item over, if the actor may take it now: reassignment when the item's context has one, else on paper. */
export function itemAction(state: HandoverState, key: string, actor: Actor, organisation: Organisation): 'reassign' | 'hand-over-on-paper' | null {
  if (state.status === 'none') return null;
  const item = state.items.find((listed) => listed.key === key);
  if (!item || item.handedOver !== null) return null;
  const step = item.reassignable ? 'reassign' : 'hand-over-on-paper';
  return allows(() => guardHandoverStep(step, state, actor, organisation)) ? step : null;
}
