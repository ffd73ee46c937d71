import type { LocalDate } from '../calendar';

/**
 * Nguồn giao nhiệm vụ: the document a task comes from — a conclusion notice (Thông báo kết luận),
 * a decision (Quyết định), an official letter (Công văn), or a leader's handwritten instruction
 * (ý kiến chỉ đạo, bút phê) on an incoming document.
 */
export const DIRECTIVE_SOURCE_KINDS = ['conclusion_notice', 'decision', 'official_letter', 'leader_instruction'] as const;
export type DirectiveSourceKind = (typeof DIRECTIVE_SOURCE_KINDS)[number];

/** The source document by id (a meeting, an outgoing or an incoming document) and its số, ký hiệu and date. */
export type DirectiveSource = { kind: DirectiveSourceKind; documentId: string; symbol: string; date: LocalDate };

/** Báo cáo định kỳ: a standing task reports every period instead of by a due date. */
export const REPORTING_PERIODS = ['weekly', 'monthly', 'quarterly'] as const;
export type ReportingPeriod = (typeof REPORTING_PERIODS)[number];

/**
 * What one directive says (một ý kiến chỉ đạo): the content, exactly one lead agency (cơ quan chủ
 * trì), the co-agencies (cơ quan phối hợp), a due date or periodic reporting, and the Office's
 * follow-up specialist (chuyên viên theo dõi).
 */
export type DirectiveTerms = {
  content: string;
  leadAgency: string;
  coAgencies: string[];
  dueDate: LocalDate | null;
  reporting: ReportingPeriod | null;
  followUpSpecialistId: string;
};

/** How the follow-up specialist chased the agency (đôn đốc). */
export const CHASE_CHANNELS = ['phone', 'letter', 'meeting', 'system'] as const;
export type ChaseChannel = (typeof CHASE_CHANNELS)[number];

export const DIRECTIVE_REPORT_KINDS = ['progress', 'completion'] as const;
export type DirectiveReportKind = (typeof DIRECTIVE_REPORT_KINDS)[number];

/**
 * The four outcomes of Vietnamese task reports (DOMAIN.md §8): hoàn thành đúng hạn, hoàn thành
 * quá hạn, chưa hoàn thành trong hạn, chưa hoàn thành quá hạn.
 */
export const DIRECTIVE_OUTCOMES = ['done_on_time', 'done_late', 'not_done_in_time', 'not_done_overdue'] as const;
export type DirectiveOutcome = (typeof DIRECTIVE_OUTCOMES)[number];

export const DIRECTIVE_OUTCOME_LABELS: Readonly<Record<DirectiveOutcome, string>> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  not_done_in_time: 'Chưa hoàn thành, trong hạn',
  not_done_overdue: 'Chưa hoàn thành, quá hạn',
};
