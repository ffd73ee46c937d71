import type { NumberSeriesName, SigningOrgan } from '../numbering';
import type { DocumentEvent, OnBehalfOf, SigningCapacity } from './document.events';
import type { LocalDate } from '../calendar';
import type { DocumentProcess, Urgency } from '../deadlines';
import type { Confidentiality } from '../shared';
import type {
  AppraisalFindings,
  AppraisalOutcome,
  Channel,
  DeadlineRecord,
  DocumentSource,
  DraftDocument,
  ForInformation,
  RelatedOpinion,
  Retention,
} from './document.types';

/*
 * State machine of an incoming document (stream `document-<id>`), DOMAIN.md §2 and research C1/C3:
 *
 *   none ──receive──▶ received ──distribute──▶ distributed ──assign──▶ assigned
 *   assigned ──return (misrouted)──▶ returned ──distribute──▶ distributed
 *   assigned | appraised ──appraise──▶ appraised
 *   assigned | appraised(needs_supplement) ──request-supplement──▶ supplement_requested
 *   supplement_requested ──receive-supplement──▶ assigned (appraisal cleared: the dossier changed)
 *   appraised(valid) ──submit──▶ submitted ──initial(agree)──▶ initialled ──sign(approved)──▶ signed
 *   submitted ──initial(not agree): SubmissionReturned──▶ appraised   (back to the specialist)
 *   initialled ──sign(rejected): SubmissionRejected──▶ appraised      (back to the specialist)
 *   signed ──issue──▶ issued ──archive──▶ archived
 *   assigned | appraised | supplement_requested ──assign (reassignment)──▶ same status, new specialist
 *   any status with a leader due date, before issue ──extend-deadline──▶ same status
 *
 * After a return or a rejection the specialist keeps a valid appraisal, so they may revise and
 * submit again at once, or appraise again first.
 */

export const DOCUMENT_STATUSES = [
  'received',
  'returned',
  'distributed',
  'assigned',
  'appraised',
  'supplement_requested',
  'submitted',
  'initialled',
  'signed',
  'issued',
  'archived',
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Vietnamese labels of the statuses, for the UI. */
export const DOCUMENT_STATUS_LABELS: Readonly<Record<DocumentStatus | 'none', string>> = {
  none: 'Chưa đăng ký',
  received: 'Đã tiếp nhận, chờ phân phối',
  returned: 'Chuyển sai, chờ phân phối lại',
  distributed: 'Đã phân phối, chờ giao chuyên viên',
  assigned: 'Chuyên viên đang xử lý',
  appraised: 'Đã thẩm định',
  supplement_requested: 'Chờ hồ sơ bổ sung',
  submitted: 'Đã trình, chờ lãnh đạo Văn phòng ký nháy',
  initialled: 'Đã ký nháy, chờ lãnh đạo ký',
  signed: 'Đã ký, chờ phát hành',
  issued: 'Đã phát hành',
  archived: 'Đã lưu hồ sơ',
};

/** A deadline and when its step was done (null: not yet). */
export type TrackedDeadline = DeadlineRecord & { doneAt: string | null };
/** The `leader` clock also says who set it (only they may extend it) and how often it moved. */
export type LeaderDeadline = TrackedDeadline & { setBy: string; extensions: number };

export type DocumentDeadlines = {
  distribute: TrackedDeadline;
  supplement: TrackedDeadline;
  submit: TrackedDeadline;
  issue: TrackedDeadline | null;
  leader: LeaderDeadline | null;
};

export type Appraisal = { findings: AppraisalFindings; outcome: AppraisalOutcome; by: string; at: string };
export type SupplementRecord = {
  missingItems: string[];
  note: string | null;
  requestedBy: string;
  requestedAt: string;
  receivedBy: string | null;
  receivedAt: string | null;
};
/** Phiếu trình: submission slip to exactly one leader. */
export type Submission = {
  leaderId: string;
  signsAs: SigningOrgan;
  proposal: string;
  relatedOpinions: RelatedOpinion[];
  reservedOpinion: string | null;
  draft: DraftDocument;
  by: string;
  at: string;
};
export type Initial = { by: string; at: string; note: string | null };
export type Signature = { by: string; at: string; note: string | null; signsAs: SigningOrgan };
/** A document's signature also says in what capacity: for whom (`onBehalfOf`) and under which delegation, when not in one's own name. */
export type DocumentSignature = Signature & { capacity: SigningCapacity; onBehalfOf: OnBehalfOf | null; delegationId: string | null };
/** The last time work went backwards, and why. */
export type ReturnNote = { kind: 'misrouted' | 'submission_returned' | 'submission_rejected'; by: string; at: string; reason: string };
export type OutgoingRecord = {
  number: number;
  year: number;
  symbol: string;
  documentType: string;
  excerpt: string;
  recipients: string[];
  copies: number;
  responsibleSpecialistId: string;
  signerId: string;
  signsAs: SigningOrgan;
  issuedBy: string;
  issuedAt: string;
};
export type ArchiveRecord = { fileCode: string; retention: Retention; caseFileId: string | null; by: string; at: string };

/** Everything known about a registered document; what a status guarantees is in the variants below. */
export type DocumentFacts = {
  documentId: string;
  incomingNumber: number;
  incomingYear: number;
  incomingSeries: NumberSeriesName;
  source: DocumentSource;
  excerpt: string;
  documentType: string;
  fieldCode: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  channel: Channel;
  pages: number | null;
  receivedAt: string;
  registeredAt: string;
  registeredBy: string;
  sealedForUserId: string | null;
  deadlines: DocumentDeadlines;
  /** The process version registered under (DocumentReceived): its limits set every later clock of the document. */
  process: DocumentProcess;
  /** Routing: set by distribution, cleared by a misrouting return. */
  departmentId: string | null;
  direction: string | null;
  distributedBy: string | null;
  distributedAt: string | null;
  /** Để biết: who the distribution told, without responsibility (cleared with the routing). */
  forInformation: ForInformation;
  assigneeId: string | null;
  assignedBy: string | null;
  assignedAt: string | null;
  assigneeDueDate: LocalDate | null;
  appraisal: Appraisal | null;
  supplement: SupplementRecord | null;
  /** The current submission (cleared when it is returned or rejected). */
  submission: Submission | null;
  initial: Initial | null;
  signature: DocumentSignature | null;
  lastReturn: ReturnNote | null;
  outgoing: OutgoingRecord | null;
  archive: ArchiveRecord | null;
  /** Thu hồi by the sending agency (DocumentRecalled): the document is locked. */
  recall: { reason: string; by: string; at: string } | null;
  /**
   * Everyone on the document's path (who registered, distributed, assigned, handled, was
   * submitted to, initialled, signed, issued, archived…), in order of first appearance.
   */
  path: string[];
};

type Present<K extends keyof DocumentFacts> = { [P in K]: NonNullable<DocumentFacts[P]> };
type RoutedKeys = 'departmentId' | 'direction' | 'distributedBy' | 'distributedAt';
type HandledKeys = RoutedKeys | 'assigneeId' | 'assignedBy' | 'assignedAt';
type SubmittedKeys = HandledKeys | 'appraisal' | 'submission';
type SignedKeys = SubmittedKeys | 'initial' | 'signature';

export type NoDocument = { status: 'none' };
export type ReceivedDocument = DocumentFacts & { status: 'received' };
export type ReturnedDocument = DocumentFacts & Present<'lastReturn'> & { status: 'returned' };
export type DistributedDocument = DocumentFacts & Present<RoutedKeys> & { status: 'distributed' };
export type AssignedDocument = DocumentFacts & Present<HandledKeys> & { status: 'assigned' };
export type AppraisedDocument = DocumentFacts & Present<HandledKeys | 'appraisal'> & { status: 'appraised' };
export type SupplementRequestedDocument = DocumentFacts & Present<HandledKeys | 'supplement'> & { status: 'supplement_requested' };
export type SubmittedDocument = DocumentFacts & Present<SubmittedKeys> & { status: 'submitted' };
export type InitialledDocument = DocumentFacts & Present<SubmittedKeys | 'initial'> & { status: 'initialled' };
export type SignedDocument = DocumentFacts & Present<SignedKeys> & { status: 'signed' };
export type IssuedDocument = DocumentFacts & Present<SignedKeys | 'outgoing'> & { status: 'issued' };
export type ArchivedDocument = DocumentFacts & Present<SignedKeys | 'outgoing' | 'archive'> & { status: 'archived' };

export type RegisteredDocument =
  | ReceivedDocument
  | ReturnedDocument
  | DistributedDocument
  | AssignedDocument
  | AppraisedDocument
  | SupplementRequestedDocument
  | SubmittedDocument
  | InitialledDocument
  | SignedDocument
  | IssuedDocument
  | ArchivedDocument;

/** The state of a document stream, a discriminated union on `status`. */
export type DocumentState = NoDocument | RegisteredDocument;
export type DocumentStateOf<S extends DocumentState['status']> = Extract<DocumentState, { status: S }>;

export const initialDocumentState: DocumentState = { status: 'none' };

/** What each status guarantees: the runtime twin of the variant types above. */
const ROUTED: (keyof DocumentFacts)[] = ['departmentId', 'direction', 'distributedBy', 'distributedAt'];
const HANDLED: (keyof DocumentFacts)[] = [...ROUTED, 'assigneeId', 'assignedBy', 'assignedAt'];
const SUBMITTED: (keyof DocumentFacts)[] = [...HANDLED, 'appraisal', 'submission'];
const SIGNED: (keyof DocumentFacts)[] = [...SUBMITTED, 'initial', 'signature'];
const GUARANTEED: Record<DocumentStatus, (keyof DocumentFacts)[]> = {
  received: [],
  returned: ['lastReturn'],
  distributed: ROUTED,
  assigned: HANDLED,
  appraised: [...HANDLED, 'appraisal'],
  supplement_requested: [...HANDLED, 'supplement'],
  submitted: SUBMITTED,
  initialled: [...SUBMITTED, 'initial'],
  signed: SIGNED,
  issued: [...SIGNED, 'outgoing'],
  archived: [...SIGNED, 'outgoing', 'archive'],
};

/**
 * The only cast of the module: a status with its facts, if the facts give what the status
 * guarantees. Otherwise (events out of order: a corrupted or hand-edited stream) the previous
 * state is kept, so that `evolve` never throws and never builds an ill-typed state.
 */
function become<S extends DocumentStatus>(status: S, facts: DocumentFacts, previous: RegisteredDocument): RegisteredDocument {
  const complete = GUARANTEED[status].every((key) => facts[key] !== null);
  return complete ? ({ ...facts, status } as DocumentStateOf<S>) : previous;
}

function factsOf(state: RegisteredDocument): DocumentFacts {
  const { status: _status, ...facts } = state;
  return facts;
}

function withPath(path: string[], ...userIds: string[]): string[] {
  const added = userIds.filter((id, i) => !path.includes(id) && userIds.indexOf(id) === i);
  return added.length ? [...path, ...added] : path;
}

export const NO_ONE_FOR_INFORMATION: ForInformation = { departmentIds: [], userIds: [] };

const tracked = (deadline: DeadlineRecord): TrackedDeadline => ({ ...deadline, doneAt: null });
const done = (deadline: TrackedDeadline, at: string): TrackedDeadline => (deadline.doneAt === null ? { ...deadline, doneAt: at } : deadline);

function received(event: Extract<DocumentEvent, { type: 'DocumentReceived' }>): ReceivedDocument {
  const d = event.data;
  return {
    status: 'received',
    documentId: d.documentId,
    incomingNumber: d.incomingNumber,
    incomingYear: d.incomingYear,
    incomingSeries: d.incomingSeries,
    source: d.source,
    excerpt: d.excerpt,
    documentType: d.documentType,
    fieldCode: d.fieldCode,
    urgency: d.urgency,
    confidentiality: d.confidentiality,
    channel: d.channel,
    pages: d.pages,
    receivedAt: d.receivedAt,
    registeredAt: d.at,
    registeredBy: d.by,
    sealedForUserId: d.sealedForUserId,
    deadlines: {
      distribute: tracked(d.deadlines.distribute),
      supplement: tracked(d.deadlines.supplement),
      submit: tracked(d.deadlines.submit),
      issue: null,
      leader: null,
    },
    process: d.process,
    departmentId: null,
    direction: null,
    distributedBy: null,
    distributedAt: null,
    forInformation: NO_ONE_FOR_INFORMATION,
    assigneeId: null,
    assignedBy: null,
    assignedAt: null,
    assigneeDueDate: null,
    appraisal: null,
    supplement: null,
    submission: null,
    initial: null,
    signature: null,
    lastReturn: null,
    outgoing: null,
    archive: null,
    recall: null,
    path: [d.by],
  };
}

/** Folds one event into the state. Never throws; an event that does not fit is ignored. */
export function evolveDocument(state: DocumentState, event: DocumentEvent): DocumentState {
  if (event.type === 'DocumentReceived') return state.status === 'none' ? received(event) : state;
  if (state.status === 'none') return state;
  const facts = factsOf(state);
  const path = withPath(facts.path, event.data.by);
  const deadlines = facts.deadlines;
  switch (event.type) {
    case 'DocumentDistributed': {
      const d = event.data;
      const leader = d.leaderDeadline ? { ...tracked(d.leaderDeadline), setBy: d.by, extensions: 0 } : deadlines.leader;
      return become(
        'distributed',
        {
          ...facts,
          path,
          departmentId: d.departmentId,
          direction: d.direction,
          distributedBy: d.by,
          distributedAt: d.at,
          forInformation: d.forInformation,
          deadlines: { ...deadlines, distribute: done(deadlines.distribute, d.at), leader },
        },
        state,
      );
    }
    case 'DocumentAssigned': {
      const d = event.data;
      const next = { ...facts, path: withPath(path, d.specialistId), assigneeId: d.specialistId, assignedBy: d.by, assignedAt: d.at, assigneeDueDate: d.dueDate };
      // A reassignment hands over the work where it stands.
      const status = state.status === 'appraised' || state.status === 'supplement_requested' ? state.status : 'assigned';
      return become(status, next, state);
    }
    case 'DocumentReturned': {
      const d = event.data;
      return become(
        'returned',
        {
          ...facts,
          path,
          departmentId: null,
          direction: null,
          distributedBy: null,
          distributedAt: null,
          forInformation: NO_ONE_FOR_INFORMATION,
          assigneeId: null,
          assignedBy: null,
          assignedAt: null,
          assigneeDueDate: null,
          appraisal: null,
          lastReturn: { kind: 'misrouted', by: d.by, at: d.at, reason: d.reason },
        },
        state,
      );
    }
    case 'DocumentAppraised': {
      const d = event.data;
      return become('appraised', { ...facts, path, appraisal: { findings: d.findings, outcome: d.outcome, by: d.by, at: d.at } }, state);
    }
    case 'SupplementRequested': {
      const d = event.data;
      return become(
        'supplement_requested',
        {
          ...facts,
          path,
          supplement: { missingItems: d.missingItems, note: d.note, requestedBy: d.by, requestedAt: d.at, receivedBy: null, receivedAt: null },
          deadlines: { ...deadlines, supplement: done(deadlines.supplement, d.at) },
        },
        state,
      );
    }
    case 'SupplementReceived': {
      const d = event.data;
      if (!facts.supplement) return state;
      return become(
        'assigned',
        {
          ...facts,
          path,
          appraisal: null,
          supplement: { ...facts.supplement, receivedBy: d.by, receivedAt: d.at },
          deadlines: { ...deadlines, submit: tracked(d.submitDeadline) },
        },
        state,
      );
    }
    case 'DocumentSubmitted': {
      const d = event.data;
      const submission: Submission = {
        leaderId: d.leaderId,
        signsAs: d.signsAs,
        proposal: d.proposal,
        relatedOpinions: d.relatedOpinions,
        reservedOpinion: d.reservedOpinion,
        draft: d.draft,
        by: d.by,
        at: d.at,
      };
      return become(
        'submitted',
        { ...facts, path: withPath(path, d.leaderId), submission, initial: null, signature: null, deadlines: { ...deadlines, submit: done(deadlines.submit, d.at) } },
        state,
      );
    }
    case 'SubmissionInitialled':
      return become('initialled', { ...facts, path, initial: { by: event.data.by, at: event.data.at, note: event.data.note } }, state);
    case 'SubmissionReturned':
    case 'SubmissionRejected': {
      const d = event.data;
      const kind = event.type === 'SubmissionReturned' ? 'submission_returned' : 'submission_rejected';
      return become('appraised', { ...facts, path, submission: null, initial: null, signature: null, lastReturn: { kind, by: d.by, at: d.at, reason: d.note } }, state);
    }
    case 'DocumentSigned': {
      const d = event.data;
      return become(
        'signed',
        { ...facts, path, signature: { by: d.by, at: d.at, note: d.note, signsAs: d.signsAs, capacity: d.capacity, onBehalfOf: d.onBehalfOf, delegationId: d.delegationId }, deadlines: { ...deadlines, issue: tracked(d.issueDeadline) } },
        state,
      );
    }
    case 'DocumentIssued': {
      const d = event.data;
      const outgoing: OutgoingRecord = {
        number: d.outgoingNumber,
        year: d.outgoingYear,
        symbol: d.symbol,
        documentType: d.documentType,
        excerpt: d.excerpt,
        recipients: d.recipients,
        copies: d.copies,
        responsibleSpecialistId: d.responsibleSpecialistId,
        signerId: d.signerId,
        signsAs: d.signsAs,
        issuedBy: d.by,
        issuedAt: d.at,
      };
      const issue = deadlines.issue ? done(deadlines.issue, d.at) : null;
      const leader = deadlines.leader && deadlines.leader.doneAt === null ? { ...deadlines.leader, doneAt: d.at } : deadlines.leader;
      return become('issued', { ...facts, path, outgoing, deadlines: { ...deadlines, issue, leader } }, state);
    }
    case 'DocumentRecalled':
      return become(state.status, { ...facts, recall: { reason: event.data.reason, by: event.data.by, at: event.data.at } }, state);
    case 'DocumentArchived': {
      const d = event.data;
      return become('archived', { ...facts, path, archive: { fileCode: d.fileCode, retention: d.retention, caseFileId: d.caseFileId, by: d.by, at: d.at } }, state);
    }
    case 'DeadlineExtended': {
      const d = event.data;
      const previous = deadlines.leader;
      const leader: LeaderDeadline = { ...d.leaderDeadline, doneAt: previous?.doneAt ?? null, setBy: previous?.setBy ?? d.by, extensions: (previous?.extensions ?? 0) + 1 };
      return become(state.status, { ...facts, path, deadlines: { ...deadlines, leader } }, state);
    }
    default:
      return state;
  }
}

/** Folds a whole history from the initial state. */
export function documentStateFrom(events: readonly DocumentEvent[]): DocumentState {
  return events.reduce(evolveDocument, initialDocumentState);
}
