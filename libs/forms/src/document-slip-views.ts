import type { AppraisalFindings, Confidentiality, DocumentSource, LocalDate, RelatedOpinion, Urgency } from '@office/domain';
import type { OfficeIdentity } from './office';

/*
 * View models of the two printed slips of an incoming document, built by the API from the
 * document's events with the names the organisation gives its ids. Instants are ISO-8601 strings
 * with an offset (the events' `at`); they print in Asia/Ho_Chi_Minh. A step not yet taken prints
 * as dotted lines, to be filled in by hand on paper.
 */

/** The slips printed for an incoming document, as `GET /api/documents/:id/forms/:slip` names them. */
export const DOCUMENT_SLIP_KINDS = ['processing-slip', 'submission-slip'] as const;
export type DocumentSlipKind = (typeof DOCUMENT_SLIP_KINDS)[number];

/** Someone who signs or is named on a slip: the full name and the position ("Phó Chánh Văn phòng"). */
export type SlipPerson = { name: string; position: string };

/** The incoming document as both slips describe it (`DocumentReceived`). */
export type IncomingDocumentRef = {
  /** Số đến and the year of its register. */
  incomingNumber: number;
  incomingYear: number;
  /** Ngày đến: when the document arrived. */
  receivedAt: string;
  /** Cơ quan ban hành, số và ký hiệu, ngày văn bản, người ký. */
  source: DocumentSource;
  /** Tên loại in words ("Công văn"). */
  documentType: string;
  /** Trích yếu. */
  excerpt: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
};

/** Ý kiến phân phối of the office leader (`DocumentDistributed`, the due date as last extended). */
export type SlipDirection = {
  direction: string;
  /** Đơn vị chủ trì. */
  department: string;
  /** Thời hạn giải quyết the leader set; null: none set. */
  dueDate: LocalDate | null;
  by: SlipPerson;
  at: string;
};

/** Giao chuyên viên by the department head (the last `DocumentAssigned`). */
export type SlipAssignment = {
  specialist: string;
  /** The head's target date for the specialist; null: none set. */
  dueDate: LocalDate | null;
  /** For a reassignment: whom it was taken from and why. */
  reassignedFrom: { specialist: string; reason: string } | null;
  by: SlipPerson;
  at: string;
};

/** Phiếu giải quyết văn bản đến (NĐ 30/2020, Phụ lục IV): opened at registration, dated then. */
export type ProcessingSlipView = {
  office: OfficeIdentity;
  document: IncomingDocumentRef;
  /** When the clerk registered the document: the slip's date. */
  registeredAt: string;
  direction: SlipDirection | null;
  assignment: SlipAssignment | null;
};

/** Ý kiến of a leader on the submission: agreed (initialled, signed) or sent back, with the note. */
export type SlipDecision = { agreed: boolean; note: string | null; by: SlipPerson; at: string };

/** Phiếu trình giải quyết công việc: the last submission of the document, to exactly one leader, and what became of it. */
export type SubmissionSlipView = {
  office: OfficeIdentity;
  document: IncomingDocumentRef;
  /** The one leader the slip is addressed to by name (`DocumentSubmitted.leaderId`). */
  leader: SlipPerson;
  /** Who signs: "UBND tỉnh" or "Văn phòng UBND tỉnh" (`signsAs`). */
  signsAs: string;
  /** The draft to sign: its type in words and excerpt. */
  draft: { documentType: string; excerpt: string };
  /** The appraisal the submission rests on; null if the history has none (never for a valid submission). */
  findings: AppraisalFindings | null;
  proposal: string;
  relatedOpinions: RelatedOpinion[];
  /** Bảo lưu ý kiến of the specialist, if any. */
  reservedOpinion: string | null;
  specialist: SlipPerson;
  submittedAt: string;
  /** The department head who assigned the work, who gives the department's opinion by hand. */
  head: SlipPerson | null;
  /** Ký nháy (agreed) or returned by the office leader; null: not yet. */
  initial: SlipDecision | null;
  /** Signed (agreed) or rejected by the leader; null: not yet. */
  decision: SlipDecision | null;
  /**
   * Who signs under the slip and the title lines above the name (ND30 Phụ lục I §7): a deputy who
   * signed under a delegation prints "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" and their own name. Absent: the
   * leader named in the submission, under their position.
   */
  signer?: { titleLines: string[]; person: SlipPerson };
};

/** The view each slip is drawn from. */
export type DocumentSlipViews = {
  'processing-slip': ProcessingSlipView;
  'submission-slip': SubmissionSlipView;
};
