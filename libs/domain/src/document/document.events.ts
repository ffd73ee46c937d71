import type { NumberSeriesName, SigningOrgan } from '../numbering';
import type { LocalDate } from '../calendar';
import type { DocumentProcess, Urgency } from '../deadlines';
import type { Confidentiality } from '../shared';
import type {
  AppraisalFindings,
  AppraisalOutcome,
  Channel,
  DeadlineRecord,
  DocumentSource,
  ForInformation,
  DraftDocument,
  RelatedOpinion,
  Retention,
} from './document.types';
import type { AttachedFile, DocumentFilePurpose } from './document.attachments';
import type { DelegationKind } from '../delegations';

/*
 * The events of stream `document-<id>`: a public contract. Type strings are fixed forever; data
 * is plain JSON (ISO strings, `null` for "none", never `undefined`). Every event says who did it
 * (`by`, a user id) and when (`at`, the command's `now`), and carries the deadlines computed at
 * that step with the calendar version used.
 */

/** Who and when, on every event. */
export type Stamp = { by: string; at: string };

/**
 * Văn bản đến đã đăng ký: registered by a clerk, with its incoming number (số đến). Schema v2 records
 * the process version in force at registration (`process`, whose limits every later clock of the
 * document uses); v1 events are read as QT-VB-01 version 1.
 */
export type DocumentReceived = {
  type: 'DocumentReceived';
  data: Stamp & {
    documentId: string;
    incomingNumber: number;
    /** The register (sổ) the number belongs to: year (Asia/Ho_Chi_Minh, of registration) and series. */
    incomingYear: number;
    incomingSeries: NumberSeriesName;
    source: DocumentSource;
    /** Trích yếu. */
    excerpt: string;
    /** Tên loại as received (free text: incoming types include laws, decrees, circulars). */
    documentType: string;
    fieldCode: string;
    urgency: Urgency;
    confidentiality: Confidentiality;
    channel: Channel;
    pages: number | null;
    /** Ngày đến: when the document arrived; `at` is when it was registered. */
    receivedAt: string;
    /** Gửi đích danh: the named person the (sealed) envelope is for. */
    sealedForUserId: string | null;
    deadlines: { distribute: DeadlineRecord; supplement: DeadlineRecord; submit: DeadlineRecord };
    /** Quy trình xử lý văn bản đến: the approved version in force when the document was registered. */
    process: DocumentProcess;
  };
};

/**
 * Ý kiến phân phối: the office leader sends it to one department, with a direction and maybe a due
 * date, and maybe to others for information. Schema v2 (v1 had no `forInformation`: read as none).
 */
export type DocumentDistributed = {
  type: 'DocumentDistributed';
  data: Stamp & {
    departmentId: string;
    direction: string;
    /** Để biết: readers without responsibility; never the lead department. */
    forInformation: ForInformation;
    dueDate: LocalDate | null;
    /** The `leader` clock, when a due date was given (set by `by`). */
    leaderDeadline: DeadlineRecord | null;
    /** True when distributed again after a misrouting return. */
    redistribution: boolean;
  };
};

/** Giao chuyên viên: the head gives it to exactly one specialist; a second time is a reassignment. */
export type DocumentAssigned = {
  type: 'DocumentAssigned';
  data: Stamp & {
    departmentId: string;
    specialistId: string;
    previousSpecialistId: string | null;
    reassignment: boolean;
    /** Always given for a reassignment; optional (else null) the first time. */
    reason: string | null;
    /** The head's own target date for the specialist (not a clock of DOMAIN.md §3). */
    dueDate: LocalDate | null;
  };
};

/** Chuyển sai: the specialist sends a misrouted document back to the clerk for re-routing. */
export type DocumentReturned = {
  type: 'DocumentReturned';
  data: Stamp & { reason: string; departmentId: string; specialistId: string };
};

/** Thẩm định: findings on procedure, format, content, legality and the outcome. */
export type DocumentAppraised = {
  type: 'DocumentAppraised';
  data: Stamp & { findings: AppraisalFindings; outcome: AppraisalOutcome };
};

/** Yêu cầu bổ sung: the missing items, listed in full, once. */
export type SupplementRequested = {
  type: 'SupplementRequested';
  data: Stamp & { missingItems: string[]; note: string | null };
};

/** Nhận hồ sơ bổ sung (by the clerk): the dossier is valid again, so the submit clock restarts. */
export type SupplementReceived = {
  type: 'SupplementReceived';
  data: Stamp & { note: string | null; submitDeadline: DeadlineRecord };
};

/** Phiếu trình to exactly one competent leader; bảo lưu and related opinions are kept. */
export type DocumentSubmitted = {
  type: 'DocumentSubmitted';
  data: Stamp & {
    leaderId: string;
    /** `committee` when a Committee leader signs (…-UBND), `office` when an Office leader does (…-VPUBND). */
    signsAs: SigningOrgan;
    proposal: string;
    relatedOpinions: RelatedOpinion[];
    /** Bảo lưu ý kiến: the specialist's dissent, kept on the slip. */
    reservedOpinion: string | null;
    draft: DraftDocument;
  };
};

/** Ký nháy: the office leader in charge agrees and initials the slip. */
export type SubmissionInitialled = {
  type: 'SubmissionInitialled';
  data: Stamp & { leaderId: string; note: string | null };
};

/** The office leader does not agree: the slip goes back to the specialist. */
export type SubmissionReturned = {
  type: 'SubmissionReturned';
  data: Stamp & { note: string };
};

/**
 * In what capacity the leader signs (thẩm quyền ký, DOMAIN.md §10): `own`, in their own name, or
 * under a delegation of that kind (KT., TM., Q., TUQ., TL.).
 */
export type SigningCapacity = 'own' | DelegationKind;

/** For whom a delegated signature was made: the leader named in the submission and the title after the mark ("CHỦ TỊCH"). */
export type OnBehalfOf = { userId: string; title: string };

/**
 * Ký ban hành by the leader named in the submission, or by the holder of a live delegation from
 * them (`onBehalfOf`, `delegationId`; both null in one's own name); starts the `issue` clock.
 * Schema v3 (v1 had no `capacity`, v2 no `onBehalfOf` and `delegationId`).
 */
export type DocumentSigned = {
  type: 'DocumentSigned';
  data: Stamp & {
    signsAs: SigningOrgan;
    capacity: SigningCapacity;
    onBehalfOf: OnBehalfOf | null;
    delegationId: string | null;
    note: string | null;
    issueDeadline: DeadlineRecord;
  };
};

/** The named leader rejects the proposal: back to the specialist. */
export type SubmissionRejected = {
  type: 'SubmissionRejected';
  data: Stamp & { note: string };
};

/** Phát hành: the clerk issues the signed outgoing document with its number and symbol. */
export type DocumentIssued = {
  type: 'DocumentIssued';
  data: Stamp & {
    outgoingNumber: number;
    /** Year (Asia/Ho_Chi_Minh) of the outgoing register the number belongs to. */
    outgoingYear: number;
    symbol: string;
    documentType: string;
    excerpt: string;
    recipients: string[];
    copies: number;
    /** Chuyên viên chịu trách nhiệm (QC 11.1). */
    responsibleSpecialistId: string;
    signerId: string;
    signsAs: SigningOrgan;
  };
};

/**
 * Lập hồ sơ, lưu trữ: file code and retention. v2 names the case file (hồ sơ công việc) the
 * document was filed into; null for a document archived by file code alone (every v1 event).
 */
export type DocumentArchived = {
  type: 'DocumentArchived';
  data: Stamp & { fileCode: string; retention: Retention; caseFileId: string | null; caseFileCode: string | null };
};

/** Gia hạn: the leader who set the due date moves it; the old one stays in history. */
export type DeadlineExtended = {
  type: 'DeadlineExtended';
  data: Stamp & { previousDueDate: LocalDate; newDueDate: LocalDate; leaderDeadline: DeadlineRecord; reason: string };
};

/**
 * Tệp đính kèm: a stored file (scan, draft, signed PDF…) attached to the document. The event names
 * the bytes by their SHA-256, so the hash chain covers the file's content, not only its name.
 */
export type DocumentFileAttached = {
  type: 'DocumentFileAttached';
  data: Stamp & AttachedFile & { purpose: DocumentFilePurpose };
};

/**
 * Thu hồi (ND30 Art. 21): the agency that sent this document by inter-agency exchange recalled it.
 * The document is locked: every further step refuses with RECALLED_DOCUMENT_LOCKED.
 */
export type DocumentRecalled = {
  type: 'DocumentRecalled';
  data: Stamp & { packageId: string; senderOrganId: string; reason: string };
};

export type DocumentEvent =
  | DocumentReceived
  | DocumentDistributed
  | DocumentAssigned
  | DocumentReturned
  | DocumentAppraised
  | SupplementRequested
  | SupplementReceived
  | DocumentSubmitted
  | SubmissionInitialled
  | SubmissionReturned
  | DocumentSigned
  | SubmissionRejected
  | DocumentIssued
  | DocumentArchived
  | DeadlineExtended
  | DocumentFileAttached
  | DocumentRecalled;

export type DocumentEventType = DocumentEvent['type'];

export const DOCUMENT_EVENT_TYPES = [
  'DocumentReceived',
  'DocumentDistributed',
  'DocumentAssigned',
  'DocumentReturned',
  'DocumentAppraised',
  'SupplementRequested',
  'SupplementReceived',
  'DocumentSubmitted',
  'SubmissionInitialled',
  'SubmissionReturned',
  'DocumentSigned',
  'SubmissionRejected',
  'DocumentIssued',
  'DocumentArchived',
  'DeadlineExtended',
  'DocumentFileAttached',
  'DocumentRecalled',
] as const satisfies readonly DocumentEventType[];

export function isDocumentEvent(event: { type: string }): event is DocumentEvent {
  return (DOCUMENT_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** `document-<id>`. */
export function documentStreamName(documentId: string): string {
  return `document-${documentId}`;
}

type MissingEventType = Exclude<DocumentEventType, (typeof DOCUMENT_EVENT_TYPES)[number]>;
/** Compile-time check that DOCUMENT_EVENT_TYPES lists every event. */
const _everyEventListed: [MissingEventType] extends [never] ? true : never = true;
