import type { LocalDate } from '../calendar';
import type { Initial, Signature, Submission } from '../document';
import type { SigningOrgan } from '../numbering';
import type { RuleSetCode, SupplementPolicy } from '../procedures';
import type { DossierEvent } from './dossier.events';
import type {
  Applicant,
  DossierAppraisalOutcome,
  DossierChannel,
  DossierDue,
  Handover,
  MissingItem,
  PaymentMethod,
  ProcedureSnapshot,
  ReceivedItem,
  ReturnMethod,
  StepOutcome,
} from './dossier.types';

/*
 * State machine of a one-stop dossier (stream `dossier-<id>`), DOMAIN.md §6:
 *
 *   none ──submit-online──▶ submitted_online ──receive──▶ received        (none ──receive──▶ received)
 *   received | in_department | with_specialist ──transfer──▶ in_department (to a department: its head holds it)
 *                                                          └─▶ with_specialist (to a specialist: the handler)
 *   with_specialist | appraised ──appraise──▶ appraised
 *   with_specialist | appraised ──request-supplement──▶ supplement_requested ──receive-supplement──▶ with_specialist
 *   appraised ──submit──▶ submitted ──initial──▶ initialled ──sign──▶ signed ──issue──▶ issued
 *   submitted ──initial (not agreed)──▶ appraised;  initialled ──sign (rejected)──▶ appraised
 *   issued ──result-at-desk──▶ result_at_desk ──return──▶ returned
 *   before issue ──stop──▶ stopped;  before issue ──withdraw──▶ withdrawn
 *   opinions, apologies, fees, payments, digitisation, satisfaction: recorded, status unchanged
 *
 * Every hand-over (transfer, submit, initial, sign, issue, result at the desk) closes the current
 * step of the version's process with its control-sheet row and starts the next one.
 */

export const DOSSIER_STATUSES = [
  'submitted_online',
  'received',
  'in_department',
  'with_specialist',
  'appraised',
  'supplement_requested',
  'submitted',
  'initialled',
  'signed',
  'issued',
  'result_at_desk',
  'returned',
  'stopped',
  'withdrawn',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** Vietnamese labels of the statuses, for the UI and the refusals. */
export const DOSSIER_STATUS_LABELS: Readonly<Record<DossierStatus | 'none', string>> = {
  none: 'Chưa tiếp nhận',
  submitted_online: 'Nộp trực tuyến, chờ tiếp nhận',
  received: 'Đã tiếp nhận, chờ chuyển xử lý',
  in_department: 'Đang ở phòng chuyên môn, chờ giao chuyên viên',
  with_specialist: 'Chuyên viên đang thụ lý',
  appraised: 'Đã thẩm định',
  supplement_requested: 'Chờ bổ sung hồ sơ',
  submitted: 'Đã trình, chờ lãnh đạo Văn phòng ký nháy',
  initialled: 'Đã ký nháy, chờ lãnh đạo ký',
  signed: 'Đã ký, chờ phát hành',
  issued: 'Đã phát hành, chờ chuyển Bộ phận một cửa',
  result_at_desk: 'Kết quả đã về Bộ phận một cửa, chờ trả',
  returned: 'Đã trả kết quả',
  stopped: 'Đã dừng giải quyết',
  withdrawn: 'Đã rút hồ sơ',
};

/** Who holds the dossier now: a department (its head decides), a person, or both (a specialist of a department). */
export type Holder = { unitId: string | null; userId: string | null };

/** Why the due date (ngày hẹn trả) is what it is: set at receipt, moved only by a supplement. */
export type DueChange = { due: DossierDue; reason: 'received' | SupplementPolicy; at: string };

/** The step of the process in progress and when it began (the previous hand-over, a supplement, or receipt). */
export type CurrentStep = { no: number; startedAt: string };

export type DossierAppraisal = { outcome: DossierAppraisalOutcome; findings: string; note: string | null; by: string; at: string };

/** A supplement asked during processing by a handling unit (once per unit), and its receipt at the desk. */
export type ProcessingSupplement = {
  unitId: string | null;
  missing: MissingItem[];
  policy: SupplementPolicy;
  requestedBy: string;
  requestedAt: string;
  receivedBy: string | null;
  receivedAt: string | null;
  items: string[];
};

/** Ý kiến cơ quan phối hợp: asked, then (perhaps) answered. */
export type PartnerOpinionRecord = {
  partner: string;
  request: string;
  dueDate: LocalDate | null;
  requestedBy: string;
  requestedAt: string;
  opinion: string | null;
  answeredAt: string | null;
};

/** The result document, numbered in the outgoing register. */
export type DossierResult = {
  outgoingNumber: number;
  outgoingYear: number;
  symbol: string;
  documentType: string;
  excerpt: string;
  recipients: string[];
  copies: number;
  signerId: string;
  signsAs: SigningOrgan;
  issuedBy: string;
  issuedAt: string;
};

export type Apology = { reason: string; previousDueDate: LocalDate; newDueDate: LocalDate; issuedLate: boolean; by: string; at: string };
export type DeskReceipt = { classification: Extract<StepOutcome, 'early' | 'on_time' | 'late'>; by: string; at: string };
export type ReturnRecord = { receivedBy: { name: string; idNumber: string | null }; method: ReturnMethod; by: string; at: string };
export type Ending = { reason: string; by: string; at: string };
export type FeeRecord = { assessedVnd: number; assessedBy: string; assessedAt: string; paid: { amountVnd: number; method: PaymentMethod; by: string; at: string } | null };
export type Satisfaction = { score: number; answers: Record<string, string>; by: string; at: string };
export type SubmissionSetBack = { kind: 'submission_returned' | 'submission_rejected'; reason: string; by: string; at: string };

/** Everything known about a received dossier; what each status guarantees is in the variants below. */
export type DossierFacts = {
  dossierId: string;
  code: string;
  registerBook: number;
  sequence: number;
  procedure: ProcedureSnapshot;
  ruleSet: RuleSetCode;
  applicant: Applicant;
  items: ReceivedItem[];
  sets: number;
  channel: DossierChannel;
  /** The public portal's reference, when it came online. */
  portalRef: string | null;
  receivedAt: string;
  receivedBy: string;
  /** The desk that received it: the result comes back there. */
  desk: Holder;
  countsFrom: LocalDate;
  /** The yardstick of the classification: moved by a supplement only, never by an apology. */
  due: DossierDue;
  dueHistory: DueChange[];
  pin: string;
  holder: Holder;
  /** The handling specialist (chuyên viên thụ lý) and their unit, once transferred to one. */
  handlerId: string | null;
  handlingUnitId: string | null;
  currentStep: CurrentStep;
  /** The control sheet (Phiếu kiểm soát quá trình): one row per hand-over. */
  handovers: Handover[];
  appraisal: DossierAppraisal | null;
  supplements: ProcessingSupplement[];
  opinions: PartnerOpinionRecord[];
  submission: Submission | null;
  /** The step the submission closed: a returned or rejected submission goes back to it. */
  submittedStepNo: number | null;
  initial: Initial | null;
  signature: Signature | null;
  lastSetBack: SubmissionSetBack | null;
  result: DossierResult | null;
  atDesk: DeskReceipt | null;
  returned: ReturnRecord | null;
  ending: Ending | null;
  apologies: Apology[];
  fee: FeeRecord | null;
  digitised: string[];
  satisfaction: Satisfaction | null;
  /** Everyone on its path (who received, held, handled, was submitted to, initialled, signed, issued it), in order. */
  path: string[];
};

type Present<K extends keyof DossierFacts> = { [P in K]: NonNullable<DossierFacts[P]> };
type SubmittedKeys = 'handlerId' | 'appraisal' | 'submission';
type SignedKeys = SubmittedKeys | 'initial' | 'signature';
type IssuedKeys = SignedKeys | 'result';

export type NoDossier = { status: 'none' };
/** Hồ sơ nộp trực tuyến: what the portal sent, before the desk's check. */
export type OnlineDossier = {
  status: 'submitted_online';
  dossierId: string;
  procedureCode: string;
  applicant: Applicant;
  items: ReceivedItem[];
  portalRef: string;
  submittedAt: string;
  submittedBy: string;
};
export type ReceivedDossier = DossierFacts & { status: 'received' };
export type InDepartmentDossier = DossierFacts & { status: 'in_department' };
export type WithSpecialistDossier = DossierFacts & Present<'handlerId'> & { status: 'with_specialist' };
export type AppraisedDossier = DossierFacts & Present<'handlerId' | 'appraisal'> & { status: 'appraised' };
export type SupplementRequestedDossier = DossierFacts & Present<'handlerId'> & { status: 'supplement_requested' };
export type SubmittedDossier = DossierFacts & Present<SubmittedKeys> & { status: 'submitted' };
export type InitialledDossier = DossierFacts & Present<SubmittedKeys | 'initial'> & { status: 'initialled' };
export type SignedDossier = DossierFacts & Present<SignedKeys> & { status: 'signed' };
export type IssuedDossier = DossierFacts & Present<IssuedKeys> & { status: 'issued' };
export type ResultAtDeskDossier = DossierFacts & Present<IssuedKeys | 'atDesk'> & { status: 'result_at_desk' };
export type ReturnedDossier = DossierFacts & Present<IssuedKeys | 'atDesk' | 'returned'> & { status: 'returned' };
export type StoppedDossier = DossierFacts & Present<'ending'> & { status: 'stopped' };
export type WithdrawnDossier = DossierFacts & Present<'ending'> & { status: 'withdrawn' };

/** A dossier the desk has received (it has a code, a due date and a process). */
export type OpenedDossier =
  | ReceivedDossier
  | InDepartmentDossier
  | WithSpecialistDossier
  | AppraisedDossier
  | SupplementRequestedDossier
  | SubmittedDossier
  | InitialledDossier
  | SignedDossier
  | IssuedDossier
  | ResultAtDeskDossier
  | ReturnedDossier
  | StoppedDossier
  | WithdrawnDossier;

/** The state of a dossier stream, a discriminated union on `status`. */
export type DossierState = NoDossier | OnlineDossier | OpenedDossier;
export type DossierStateOf<S extends DossierState['status']> = Extract<DossierState, { status: S }>;
export type OpenedStatus = OpenedDossier['status'];

export const initialDossierState: DossierState = { status: 'none' };

export function isOpened(state: DossierState): state is OpenedDossier {
  return state.status !== 'none' && state.status !== 'submitted_online';
}

/** What each status guarantees: the runtime twin of the variant types above. */
const SUBMITTED: (keyof DossierFacts)[] = ['handlerId', 'appraisal', 'submission'];
const SIGNED: (keyof DossierFacts)[] = [...SUBMITTED, 'initial', 'signature'];
const ISSUED: (keyof DossierFacts)[] = [...SIGNED, 'result'];
const GUARANTEED: Record<OpenedStatus, (keyof DossierFacts)[]> = {
  received: [],
  in_department: [],
  with_specialist: ['handlerId'],
  appraised: ['handlerId', 'appraisal'],
  supplement_requested: ['handlerId'],
  submitted: SUBMITTED,
  initialled: [...SUBMITTED, 'initial'],
  signed: SIGNED,
  issued: ISSUED,
  result_at_desk: [...ISSUED, 'atDesk'],
  returned: [...ISSUED, 'atDesk', 'returned'],
  stopped: ['ending'],
  withdrawn: ['ending'],
};

/**
 * The only cast of the module: a status with its facts, if the facts give what the status
 * guarantees; otherwise (events out of order: a corrupted stream) the previous state is kept,
 * so that `evolve` never throws and never builds an ill-typed state.
 */
function become(status: OpenedStatus, facts: DossierFacts, previous: OpenedDossier): OpenedDossier {
  const complete = GUARANTEED[status].every((key) => facts[key] !== null);
  return complete ? ({ ...facts, status } as OpenedDossier) : previous;
}

function factsOf(state: OpenedDossier): DossierFacts {
  const { status: _status, ...facts } = state;
  return facts;
}

function withPath(path: string[], ...userIds: (string | null)[]): string[] {
  const added = userIds.filter((id, i): id is string => id !== null && !path.includes(id) && userIds.indexOf(id) === i);
  return added.length ? [...path, ...added] : path;
}

/** A hand-over closes the current step, starts the next one, and gives the dossier to its receiver. */
function handedOver(facts: DossierFacts, handover: Handover): DossierFacts {
  return {
    ...facts,
    handovers: [...facts.handovers, handover],
    currentStep: { no: handover.stepNo + 1, startedAt: handover.handedAt },
    holder: { unitId: handover.toUnitId, userId: handover.toUserId },
    path: withPath(facts.path, handover.toUserId),
  };
}

function online(event: Extract<DossierEvent, { type: 'DossierSubmittedOnline' }>): OnlineDossier {
  const d = event.data;
  return {
    status: 'submitted_online',
    dossierId: d.dossierId,
    procedureCode: d.procedureCode,
    applicant: d.applicant,
    items: d.items,
    portalRef: d.portalRef,
    submittedAt: d.submittedAt,
    submittedBy: d.by,
  };
}

function received(event: Extract<DossierEvent, { type: 'DossierReceived' }>, before: DossierState): ReceivedDossier {
  const d = event.data;
  const desk: Holder = { unitId: null, userId: d.by };
  return {
    status: 'received',
    dossierId: d.dossierId,
    code: d.code,
    registerBook: d.registerBook,
    sequence: d.sequence,
    procedure: d.procedure,
    ruleSet: d.ruleSet,
    applicant: d.applicant,
    items: d.items,
    sets: d.sets,
    channel: d.channel,
    portalRef: before.status === 'submitted_online' ? before.portalRef : null,
    receivedAt: d.receivedAt,
    receivedBy: d.by,
    desk,
    countsFrom: d.countsFrom,
    due: d.due,
    dueHistory: [{ due: d.due, reason: 'received', at: d.at }],
    pin: d.pin,
    holder: desk,
    handlerId: null,
    handlingUnitId: null,
    currentStep: { no: 1, startedAt: d.receivedAt },
    handovers: [],
    appraisal: null,
    supplements: [],
    opinions: [],
    submission: null,
    submittedStepNo: null,
    initial: null,
    signature: null,
    lastSetBack: null,
    result: null,
    atDesk: null,
    returned: null,
    ending: null,
    apologies: [],
    fee: null,
    digitised: [],
    satisfaction: null,
    path: [d.by],
  };
}

/** Folds one event into the state. Never throws; an event that does not fit is ignored. */
export function evolveDossier(state: DossierState, event: DossierEvent): DossierState {
  if (event.type === 'DossierSubmittedOnline') return state.status === 'none' ? online(event) : state;
  if (event.type === 'DossierReceived') return isOpened(state) ? state : received(event, state);
  if (!isOpened(state)) return state;
  const facts = { ...factsOf(state), path: withPath(state.path, event.data.by) };
  return evolveOpened(state, facts, event);
}

function evolveOpened(state: OpenedDossier, facts: DossierFacts, event: DossierEvent): OpenedDossier {
  switch (event.type) {
    case 'DossierTransferred': {
      const { toUnitId, toUserId, handover } = event.data;
      const next = { ...handedOver(facts, handover), appraisal: null, handlerId: toUserId, handlingUnitId: toUnitId };
      return become(toUserId ? 'with_specialist' : 'in_department', next, state);
    }
    case 'DossierAppraised': {
      const { outcome, findings, note, by, at } = event.data;
      return become('appraised', { ...facts, appraisal: { outcome, findings, note, by, at } }, state);
    }
    case 'SupplementRequestedDuringProcessing': {
      const { missing, policy, by, at } = event.data;
      const supplement: ProcessingSupplement = { unitId: facts.handlingUnitId, missing, policy, requestedBy: by, requestedAt: at, receivedBy: null, receivedAt: null, items: [] };
      return become('supplement_requested', { ...facts, supplements: [...facts.supplements, supplement] }, state);
    }
    case 'DossierSupplementReceived': {
      const { items, due, by, at } = event.data;
      const open = facts.supplements[facts.supplements.length - 1];
      if (!open || open.receivedAt !== null) return state;
      // The applicant's time is not the unit's: the step in progress starts again with the supplement.
      return become(
        'with_specialist',
        {
          ...facts,
          appraisal: null,
          supplements: [...facts.supplements.slice(0, -1), { ...open, receivedBy: by, receivedAt: at, items }],
          due,
          dueHistory: [...facts.dueHistory, { due, reason: open.policy, at }],
          currentStep: { ...facts.currentStep, startedAt: at },
        },
        state,
      );
    }
    case 'PartnerOpinionRequested': {
      const { partner, request, dueDate, by, at } = event.data;
      const opinion: PartnerOpinionRecord = { partner, request, dueDate, requestedBy: by, requestedAt: at, opinion: null, answeredAt: null };
      return become(state.status, { ...facts, opinions: [...facts.opinions, opinion] }, state);
    }
    case 'PartnerOpinionReceived': {
      const { partner, opinion, at } = event.data;
      const opinions = facts.opinions.map((o) => (o.partner === partner && o.opinion === null ? { ...o, opinion, answeredAt: at } : o));
      return become(state.status, { ...facts, opinions }, state);
    }
    case 'DossierResultSubmitted': {
      const { handover, by, at, ...terms } = event.data;
      const submission: Submission = { ...terms, by, at };
      const next = { ...handedOver(facts, handover), submission, submittedStepNo: handover.stepNo, initial: null, signature: null };
      return become('submitted', { ...next, path: withPath(next.path, terms.leaderId) }, state);
    }
    case 'DossierResultInitialled': {
      const { note, by, at, handover } = event.data;
      return become('initialled', { ...handedOver(facts, handover), initial: { by, at, note } }, state);
    }
    case 'DossierSubmissionReturned':
    case 'DossierSubmissionRejected': {
      const { note, by, at } = event.data;
      const kind = event.type === 'DossierSubmissionReturned' ? 'submission_returned' : 'submission_rejected';
      return become(
        'appraised',
        {
          ...facts,
          submission: null,
          initial: null,
          signature: null,
          lastSetBack: { kind, reason: note, by, at },
          holder: { unitId: facts.handlingUnitId, userId: facts.handlerId },
          currentStep: { no: facts.submittedStepNo ?? facts.currentStep.no, startedAt: at },
        },
        state,
      );
    }
    case 'DossierResultSigned': {
      const { signsAs, note, by, at, handover } = event.data;
      return become('signed', { ...handedOver(facts, handover), signature: { by, at, note, signsAs } }, state);
    }
    case 'DossierResultIssued': {
      const d = event.data;
      const result: DossierResult = {
        outgoingNumber: d.outgoingNumber,
        outgoingYear: d.outgoingYear,
        symbol: d.symbol,
        documentType: d.documentType,
        excerpt: d.excerpt,
        recipients: d.recipients,
        copies: d.copies,
        signerId: d.signerId,
        signsAs: d.signsAs,
        issuedBy: d.by,
        issuedAt: d.at,
      };
      return become('issued', { ...handedOver(facts, d.handover), result }, state);
    }
    case 'ApologyIssued':
      return become(state.status, { ...facts, apologies: [...facts.apologies, { ...event.data }] }, state);
    case 'ProcessingStopped':
    case 'DossierWithdrawn': {
      const { reason, by, at } = event.data;
      return become(event.type === 'ProcessingStopped' ? 'stopped' : 'withdrawn', { ...facts, ending: { reason, by, at } }, state);
    }
    case 'ResultReceivedAtDesk': {
      const { classification, by, at, handover } = event.data;
      return become('result_at_desk', { ...handedOver(facts, handover), atDesk: { classification, by, at } }, state);
    }
    case 'ResultReturned': {
      const { receivedBy, method, by, at } = event.data;
      return become('returned', { ...facts, returned: { receivedBy, method, by, at } }, state);
    }
    case 'FeeAssessed': {
      const { amountVnd, by, at } = event.data;
      return become(state.status, { ...facts, fee: { assessedVnd: amountVnd, assessedBy: by, assessedAt: at, paid: null } }, state);
    }
    case 'FeePaid': {
      const { amountVnd, method, by, at } = event.data;
      if (!facts.fee) return state;
      return become(state.status, { ...facts, fee: { ...facts.fee, paid: { amountVnd, method, by, at } } }, state);
    }
    case 'ItemsDigitised':
      return become(state.status, { ...facts, digitised: [...new Set([...facts.digitised, ...event.data.items])] }, state);
    case 'SatisfactionRecorded': {
      const { score, answers, by, at } = event.data;
      return become(state.status, { ...facts, satisfaction: { score, answers, by, at } }, state);
    }
    default:
      return state;
  }
}

/** Folds a whole history from the initial state. */
export function dossierStateFrom(events: readonly DossierEvent[]): DossierState {
  return events.reduce(evolveDossier, initialDossierState);
}
