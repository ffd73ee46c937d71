import type { Actor, Confidentiality } from '../shared';
import type { LocalDate } from '../calendar';
import type { Urgency } from '../deadlines';
import type { AppraisalOutcome, Channel, RelatedOpinion, Retention, SignDecision } from './document.types';
import type { SigningCapacity } from './document.events';

/**
 * Commands on stream `document-<id>`. `type` is the step's name in the HTTP path
 * (`POST /api/documents/:id/<type>`; `receive` is `POST /api/documents`). Request fields of
 * API.md become command fields; optional ones may be omitted or null.
 */
interface CommandBase {
  documentId: string;
  /** Who asks (from the verified token). */
  actor: Actor;
  /** ISO instant from the application's clock: the decider never reads a clock. */
  now: string;
}

/**
 * Tiếp nhận, đăng ký văn bản đến. `incomingNumber` is allocated by the application from
 * `incomingSeriesKey(confidentiality, now)` once the registration is decided (`decideDocumentReceipt`,
 * then `stampIncomingNumber`).
 */
export interface ReceiveDocument extends CommandBase {
  type: 'receive';
  incomingNumber: number;
  source: { agency: string; symbol: string; issuedDate: LocalDate; signer?: string | null };
  excerpt: string;
  documentType: string;
  fieldCode: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  channel: Channel;
  pages?: number | null;
  /** When it arrived; defaults to `now`. */
  receivedAt?: string | null;
  sealedForUserId?: string | null;
}

export interface DistributeDocument extends CommandBase {
  type: 'distribute';
  departmentId: string;
  direction: string;
  dueDate?: LocalDate | null;
  /** Để biết: departments (not the lead one) and people who receive it for information only. */
  forInformation?: { departmentIds?: string[] | null; userIds?: string[] | null } | null;
}

/** Giao (or, the second time, giao lại) to exactly one specialist of the distributed department. */
export interface AssignDocument extends CommandBase {
  type: 'assign';
  specialistId: string;
  dueDate?: LocalDate | null;
  /** Required for a reassignment. */
  reason?: string | null;
}

/** Misrouted: back to the clerk for re-routing. */
export interface ReturnDocument extends CommandBase {
  type: 'return';
  reason: string;
}

export type FindingInput = { ok: boolean; note?: string | null };

export interface AppraiseDocument extends CommandBase {
  type: 'appraise';
  findings: { procedure: FindingInput; format: FindingInput; content: FindingInput; legality: FindingInput };
  outcome: AppraisalOutcome;
}

export interface RequestSupplement extends CommandBase {
  type: 'request-supplement';
  missingItems: string[];
  note?: string | null;
}

export interface ReceiveSupplement extends CommandBase {
  type: 'receive-supplement';
  note?: string | null;
}

/** Trình: `leaderIds` must hold exactly one leader (API `leaderId` → `[leaderId]`). */
export interface SubmitDocument extends CommandBase {
  type: 'submit';
  leaderIds: string[];
  proposal: string;
  relatedOpinions?: RelatedOpinion[] | null;
  reservedOpinion?: string | null;
  draft: { documentType: string; excerpt: string };
}

export interface InitialSubmission extends CommandBase {
  type: 'initial';
  agree: boolean;
  /** Required when not agreeing. */
  note?: string | null;
}

export interface SignDocument extends CommandBase {
  type: 'sign';
  decision: SignDecision;
  /** Required when rejecting. */
  note?: string | null;
  /** Thẩm quyền ký claimed: `own` (the default for the named leader) or a delegation's kind (KT., TUQ.…). */
  capacity?: SigningCapacity | null;
  /** Which live delegation, when the signer holds several from the named leader. */
  delegationId?: string | null;
}

/**
 * Phát hành. Number and symbol are allocated by the application (`outgoingSeriesKey`,
 * `outgoingSymbolFor`) once the issue is decided (`decideDocumentIssue`); `stampOutgoingNumber`
 * checks that they agree.
 */
export interface IssueDocument extends CommandBase {
  type: 'issue';
  outgoingNumber: number;
  symbol: string;
  recipients: string[];
  copies: number;
}

export interface ArchiveDocument extends CommandBase {
  type: 'archive';
  fileCode?: string;
  retention?: Retention;
  /** The open case file the document is filed into, as the records context found it; its code and retention are the archive's. */
  caseFile?: { id: string; code: string; retention: Retention } | null;
}

export interface ExtendDeadline extends CommandBase {
  type: 'extend-deadline';
  newDueDate: LocalDate;
  reason: string;
}

export type DocumentCommand =
  | ReceiveDocument
  | DistributeDocument
  | AssignDocument
  | ReturnDocument
  | AppraiseDocument
  | RequestSupplement
  | ReceiveSupplement
  | SubmitDocument
  | InitialSubmission
  | SignDocument
  | IssueDocument
  | ArchiveDocument
  | ExtendDeadline;

export type CommandName = DocumentCommand['type'];

/** In workflow order: the order `availableActions` lists them. */
export const COMMAND_NAMES = [
  'receive',
  'distribute',
  'assign',
  'return',
  'appraise',
  'request-supplement',
  'receive-supplement',
  'submit',
  'initial',
  'sign',
  'issue',
  'archive',
  'extend-deadline',
] as const satisfies readonly CommandName[];

/** Vietnamese labels of the steps, for buttons. */
export const COMMAND_LABELS: Readonly<Record<CommandName, string>> = {
  receive: 'Tiếp nhận, đăng ký văn bản đến',
  distribute: 'Phân phối',
  assign: 'Giao chuyên viên',
  return: 'Trả lại do chuyển sai',
  appraise: 'Thẩm định',
  'request-supplement': 'Yêu cầu bổ sung hồ sơ',
  'receive-supplement': 'Nhận hồ sơ bổ sung',
  submit: 'Trình lãnh đạo',
  initial: 'Ký nháy',
  sign: 'Ký ban hành',
  issue: 'Phát hành',
  archive: 'Lưu hồ sơ',
  'extend-deadline': 'Gia hạn',
};

type MissingCommandName = Exclude<CommandName, (typeof COMMAND_NAMES)[number]>;
/** Compile-time check that COMMAND_NAMES lists every command. */
const _everyCommandListed: [MissingCommandName] extends [never] ? true : never = true;
