import { fieldOf, isHeadOf, notInitialled, notSigned, requireAddressee, requireInitialler, requireIssuer } from '../document';
import { COMMITTEE_LEADER_ROLES, hasRole, OFFICE_LEADER_ROLES, type Organisation } from '../organisation';
import { allows, forbidden, ruleViolation, wrongState, type Actor, type DomainError } from '../shared';
import type { DossierCommand } from './dossier.commands';
import { DOSSIER_STATUS_LABELS, isOpened, type DossierState, type DossierStateOf, type OpenedDossier, type OpenedStatus } from './dossier.state';

/*
 * Whose turn it is on a dossier: ONE table of who may take which step in which state. The
 * decider checks it first (WRONG_STATE, then FORBIDDEN, then the rules that depend on the state
 * only), `dossierActions` derives the buttons from it, so that the buttons and the refusals
 * never disagree. Rules about the command's own fields are checked afterwards, in the decider.
 */

export type DossierStep = DossierCommand['type'];
type Status = DossierState['status'];

/** Vietnamese names of the steps, as they complete "Chỉ … mới được …" and the wrong-state refusal. */
export const DOSSIER_STEP_LABELS: Readonly<Record<DossierStep, string>> = {
  receive: 'tiếp nhận hồ sơ',
  'submit-online': 'ghi nhận hồ sơ nộp trực tuyến',
  transfer: 'chuyển hồ sơ',
  appraise: 'thẩm định hồ sơ',
  'request-supplement': 'yêu cầu bổ sung hồ sơ',
  'receive-supplement': 'nhận hồ sơ bổ sung',
  'request-opinion': 'lấy ý kiến cơ quan phối hợp',
  'receive-opinion': 'ghi nhận ý kiến cơ quan phối hợp',
  submit: 'trình kết quả giải quyết',
  initial: 'ký nháy phiếu trình',
  sign: 'ký kết quả giải quyết',
  issue: 'phát hành kết quả giải quyết',
  apologise: 'xin lỗi và hẹn lại ngày trả kết quả',
  stop: 'dừng giải quyết hồ sơ',
  withdraw: 'ghi nhận rút hồ sơ',
  'result-at-desk': 'nhận kết quả tại Bộ phận một cửa',
  return: 'trả kết quả',
  fees: 'ghi phí, lệ phí',
  payments: 'ghi nhận nộp phí, lệ phí',
  digitise: 'ghi nhận số hóa thành phần hồ sơ',
  satisfaction: 'ghi nhận đánh giá mức độ hài lòng',
};

/** Who may take a step: throws 403 FORBIDDEN with its rule otherwise. */
type Who = (dossier: DossierState, actor: Actor, organisation: Organisation, step: DossierStep) => void;

function only(rule: string, whom: string, may: (dossier: DossierState, actor: Actor, organisation: Organisation) => boolean): Who {
  return (dossier, actor, organisation, step) => {
    if (!may(dossier, actor, organisation)) throw forbidden(rule, `Chỉ ${whom} mới được ${DOSSIER_STEP_LABELS[step]}`);
  };
}

const isDesk = (actor: Actor): boolean => hasRole(actor, 'onestop_officer');

/** Only the one-stop officer receives, refuses, asks for supplements at the desk, receives them and returns (ONESTOP_ONLY_DESK). */
export function requireDesk(actor: Actor, what: string): void {
  if (!isDesk(actor)) throw forbidden('ONESTOP_ONLY_DESK', `Chỉ cán bộ Bộ phận một cửa mới được ${what}`);
}

/** The holder: the desk while it is at the desk; the named person; else the head of the holding department. */
function isHolder(dossier: DossierState, actor: Actor): boolean {
  if (!isOpened(dossier)) return false;
  if (dossier.status === 'received') return isDesk(actor);
  // Signed, the result waits for the clerks (văn thư) to number and issue it.
  if (dossier.status === 'signed') return hasRole(actor, 'clerk');
  const { unitId, userId } = dossier.holder;
  if (userId !== null) return actor.userId === userId;
  return unitId !== null && isHeadOf(actor, unitId);
}

const isHandler = (dossier: DossierState, actor: Actor): boolean => isOpened(dossier) && actor.userId === dossier.handlerId;

/** The desk (cán bộ một cửa): reception, supplements, return, the desk's records. */
const DESK: Who = (_dossier, actor, _organisation, step) => requireDesk(actor, DOSSIER_STEP_LABELS[step]);
const HOLDER = only('NOT_HOLDER', 'người đang giữ hồ sơ', isHolder);
/** Chuyên viên thụ lý: the specialist the dossier was transferred to. */
const HANDLER = only('NOT_HANDLING_SPECIALIST', 'chuyên viên thụ lý hồ sơ', isHandler);
/** A partner's answer may come by mail to the desk or straight to the specialist. */
const HANDLER_OR_DESK = only('NOT_HANDLING_SPECIALIST', 'chuyên viên thụ lý hoặc cán bộ Bộ phận một cửa', (dossier, actor) => isHandler(dossier, actor) || isDesk(actor));
const HANDLING_UNIT = only(
  'NOT_HANDLING_UNIT',
  'trưởng phòng chủ trì giải quyết hoặc chuyên viên thụ lý',
  (dossier, actor) => isHandler(dossier, actor) || (isOpened(dossier) && dossier.handlingUnitId !== null && isHeadOf(actor, dossier.handlingUnitId)),
);
const OFFICE_LEADER = only('OFFICE_LEADER_ONLY', 'lãnh đạo Văn phòng', (_dossier, actor) => hasRole(actor, ...OFFICE_LEADER_ROLES));
/** The signing path of documents: the office leader in charge of the procedure's field initials, the named leader signs, a clerk issues. */
const INITIALLER: Who = (dossier, actor, organisation) => {
  if (isOpened(dossier)) requireInitialler(actor, fieldOf(dossier.procedure, organisation));
};
const ADDRESSEE: Who = (dossier, actor) => {
  if (isOpened(dossier) && dossier.submission) requireAddressee(actor, dossier.submission);
};
const ISSUER: Who = (_dossier, actor) => requireIssuer(actor);

/* ---------------------------------------------------------------- rules on the state alone */

function resultNotIssued(): DomainError {
  return ruleViolation('RESULT_NOT_ISSUED', 'Kết quả giải quyết chưa được phát hành nên chưa thể trả cho người nộp');
}

/** A handling unit asks for a supplement once, listing everything (SUPPLEMENT_ALREADY_REQUESTED). */
function onceForTheUnit(dossier: OpenedDossier): void {
  if (dossier.supplements.some((supplement) => supplement.unitId === dossier.handlingUnitId)) {
    throw ruleViolation(
      'SUPPLEMENT_ALREADY_REQUESTED',
      'Đơn vị đã yêu cầu bổ sung hồ sơ một lần; các nội dung còn thiếu phải được nêu đầy đủ trong một lần yêu cầu',
    );
  }
  if (dossier.appraisal?.outcome === 'eligible') {
    throw ruleViolation('APPRAISAL_ALREADY_ELIGIBLE', 'Hồ sơ đã được thẩm định là đủ điều kiện; cần thẩm định lại trước khi yêu cầu bổ sung');
  }
}

/** The result is submitted after an appraisal that concluded (eligible: the result; not eligible: the refusal letter). */
function conclusiveAppraisal(dossier: OpenedDossier): void {
  if (!dossier.appraisal || dossier.appraisal.outcome === 'needs_supplement') {
    throw ruleViolation('APPRAISAL_REQUIRED', 'Chỉ được trình khi đã thẩm định và kết luận hồ sơ đủ hoặc không đủ điều kiện giải quyết');
  }
}

/** An answer is recorded only for a partner asked and not yet answered (the partner itself is checked in the decider). */
function awaitingOpinion(dossier: OpenedDossier): void {
  if (!dossier.opinions.some((opinion) => opinion.opinion === null)) {
    throw ruleViolation('OPINION_NOT_REQUESTED', 'Không có ý kiến cơ quan phối hợp nào đang chờ');
  }
}

function feeNotPaid(dossier: OpenedDossier): void {
  if (dossier.fee?.paid) throw ruleViolation('FEE_ALREADY_PAID', 'Phí, lệ phí của hồ sơ đã được nộp');
}

function feeToPay(dossier: OpenedDossier): void {
  if (!dossier.fee) throw ruleViolation('FEE_NOT_ASSESSED', 'Hồ sơ chưa được ghi phí, lệ phí phải nộp');
  feeNotPaid(dossier);
}

function notRatedYet(dossier: OpenedDossier): void {
  if (dossier.satisfaction) throw ruleViolation('SATISFACTION_ALREADY_RECORDED', 'Đánh giá mức độ hài lòng của hồ sơ đã được ghi nhận');
}

/* ---------------------------------------------------------------- the table */

interface Turn<S extends Status> {
  /** The statuses in which the step applies. */
  statuses: readonly S[];
  who: Who;
  /** Statuses in which the step comes too early: a rule (422) rather than the wrong state (409). */
  tooEarly?: { statuses: readonly OpenedStatus[]; refusal: () => DomainError };
  /** A rule on the state alone, checked after `who`. */
  rule?: (dossier: OpenedDossier) => void;
}

const turn = <S extends Status>(statuses: readonly S[], who: Who, extra: Omit<Turn<S>, 'statuses' | 'who'> = {}): Turn<S> => ({ statuses, who, ...extra });

const BEFORE_SIGNATURE = ['received', 'in_department', 'with_specialist', 'appraised', 'supplement_requested', 'submitted', 'initialled'] as const;
const BEFORE_ISSUE = [...BEFORE_SIGNATURE, 'signed'] as const;
const HANDLING = ['with_specialist', 'appraised'] as const;
/** Until the result has gone back to the applicant. */
const OPEN = [...BEFORE_ISSUE, 'issued', 'result_at_desk'] as const;

export const DOSSIER_TURNS = {
  receive: turn(['none', 'submitted_online'], DESK),
  'submit-online': turn(['none'], DESK),
  transfer: turn(['received', 'in_department', 'with_specialist'], HOLDER),
  appraise: turn(HANDLING, HANDLER),
  'request-supplement': turn(HANDLING, HANDLER, { rule: onceForTheUnit }),
  'receive-supplement': turn(['supplement_requested'], DESK),
  'request-opinion': turn(HANDLING, HANDLER),
  'receive-opinion': turn(HANDLING, HANDLER_OR_DESK, { rule: awaitingOpinion }),
  submit: turn(HANDLING, HANDLER, { rule: conclusiveAppraisal }),
  initial: turn(['submitted'], INITIALLER),
  sign: turn(['initialled'], ADDRESSEE, { tooEarly: { statuses: ['submitted'], refusal: notInitialled } }),
  issue: turn(['signed'], ISSUER, { tooEarly: { statuses: BEFORE_SIGNATURE, refusal: notSigned } }),
  apologise: turn(['in_department', 'with_specialist', 'appraised', 'supplement_requested', 'submitted', 'initialled', 'signed', 'issued'], HANDLING_UNIT),
  stop: turn(BEFORE_ISSUE, OFFICE_LEADER),
  withdraw: turn(BEFORE_ISSUE, DESK),
  'result-at-desk': turn(['issued'], DESK),
  return: turn(['result_at_desk'], DESK, { tooEarly: { statuses: BEFORE_ISSUE, refusal: resultNotIssued } }),
  fees: turn(OPEN, DESK, { rule: feeNotPaid }),
  payments: turn(OPEN, DESK, { rule: feeToPay }),
  digitise: turn([...OPEN, 'returned'], DESK),
  satisfaction: turn(['result_at_desk', 'returned'], DESK, { rule: notRatedYet }),
} as const satisfies Record<DossierStep, Turn<Status>>;

/** The statuses a step applies in, as a type: what its guard hands to the decide function. */
type StatusesOf<K extends DossierStep> = (typeof DOSSIER_TURNS)[K]['statuses'][number];

/** The steps in workflow order (the order of the buttons). */
export const DOSSIER_STEPS = Object.keys(DOSSIER_TURNS) as DossierStep[];

/**
 * The turn check of `step`: 409 WRONG_STATE outside its statuses, 403 FORBIDDEN for the wrong
 * person, 422 for a step too early or a rule on the state. Returns the state narrowed to the
 * statuses the step applies in.
 */
export function guardDossierStep<K extends DossierStep>(step: K, state: DossierState, actor: Actor, organisation: Organisation): DossierStateOf<StatusesOf<K>> {
  const entry: Turn<Status> = DOSSIER_TURNS[step];
  const early = isOpened(state) && entry.tooEarly !== undefined && entry.tooEarly.statuses.includes(state.status);
  if (!early && !entry.statuses.includes(state.status)) {
    throw wrongState(`Bước "${DOSSIER_STEP_LABELS[step]}" không áp dụng cho hồ sơ ở trạng thái "${DOSSIER_STATUS_LABELS[state.status]}"`);
  }
  entry.who(state, actor, organisation, step);
  if (early && entry.tooEarly) throw entry.tooEarly.refusal();
  if (entry.rule && isOpened(state)) entry.rule(state);
  // The only cast of the module: the status was just found among the step's statuses.
  return state as DossierStateOf<StatusesOf<K>>;
}

/** Whether `actor` may take `step` now, by the very checks the decider runs first. */
export function mayTakeDossierStep(step: DossierStep, state: DossierState, actor: Actor, organisation: Organisation): boolean {
  return allows(() => guardDossierStep(step, state, actor, organisation));
}

/** Who sees every dossier: the desk, leaders of the Office and of the Committee, the ISO secretary, auditors. */
const SEE_EVERY_DOSSIER = ['onestop_officer', ...OFFICE_LEADER_ROLES, ...COMMITTEE_LEADER_ROLES, 'iso_secretary', 'auditor'] as const;

/**
 * Who may see a dossier (it holds an applicant's personal data): the people on its path (who
 * received, held, handled, was submitted to, initialled, signed, issued it), whoever holds it
 * now (the head of the department it was sent to), and those who see every dossier.
 */
export function canViewDossier(state: DossierState, viewer: Actor, _organisation: Organisation): boolean {
  if (state.status === 'none') return false;
  if (hasRole(viewer, ...SEE_EVERY_DOSSIER)) return true;
  return isOpened(state) && (state.path.includes(viewer.userId) || isHolder(state, viewer));
}

/** The steps `actor` may take now, in workflow order: the buttons the UI shows. Nothing on a dossier the actor may not see. */
export function dossierActions(state: DossierState, actor: Actor, organisation: Organisation): DossierStep[] {
  if (state.status !== 'none' && !canViewDossier(state, actor, organisation)) return [];
  return DOSSIER_STEPS.filter((step) => mayTakeDossierStep(step, state, actor, organisation));
}
