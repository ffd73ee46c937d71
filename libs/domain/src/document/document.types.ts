import type { LocalDate } from '../calendar';
import type { ClockName } from '../deadlines';

/** How a document reached the registry (ND30: paper mail, or electronically on the system). */
export const CHANNELS = ['paper', 'electronic'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * A deadline as stored in an event: `due` is a local day (Asia/Ho_Chi_Minh), `calendarVersion`
 * the calendar it was computed with. (A type alias, not the `Deadline` interface, so that
 * event data stays assignable to plain JSON.)
 */
export type DeadlineRecord = { clock: ClockName; due: LocalDate; calendarVersion: string };

/** Tác giả, số và ký hiệu, ngày văn bản, người ký of the incoming document. */
export type DocumentSource = {
  /** Cơ quan ban hành. */
  agency: string;
  /** Số và ký hiệu as printed (`125/SKHĐT-KH`). */
  symbol: string;
  issuedDate: LocalDate;
  signer: string | null;
};

/** One heading of the appraisal (thẩm định): procedure, format, content, legality (QC 10.2.2). */
export type Finding = { ok: boolean; note: string | null };
export type AppraisalFindings = { procedure: Finding; format: Finding; content: Finding; legality: Finding };
export const FINDING_HEADINGS = ['procedure', 'format', 'content', 'legality'] as const satisfies readonly (keyof AppraisalFindings)[];
export type AppraisalOutcome = 'valid' | 'needs_supplement';

/** Ý kiến của cơ quan liên quan, kept on the submission slip. */
export type RelatedOpinion = { agency: string; opinion: string };

/** Dự thảo văn bản attached to the submission: its ND30 type (a `DOCUMENT_TYPES` code) and excerpt. */
export type DraftDocument = { documentType: string; excerpt: string };

/**
 * Để biết: departments and people the distributing leader sends the document to for information,
 * besides the one lead department (QC 10.1.1): they read it and its direction, and owe nothing
 * (no step, no deadline, no counter).
 */
export type ForInformation = { departmentIds: string[]; userIds: string[] };

export type SignDecision = 'approved' | 'rejected';

/** Thời hạn bảo quản: vĩnh viễn, or a number of years (1..100). */
export type Retention = 'permanent' | number;
