import type { LocalDate } from '../calendar';
import type { Stamp } from './quality.stamp';

/*
 * The events of stream `management-review-<id>` (xem xét của lãnh đạo, at least once a calendar
 * year) and of stream `qms-declaration-<id>` (công bố hệ thống phù hợp, QĐ 19/2014 Art. 4.3):
 * a public contract; type strings are fixed forever.
 */

/** Đầu vào xem xét (TCVN ISO 9001:2015 §9.3.2 [UNV: from memory]). */
export const REVIEW_TOPICS = [
  'previous_actions', 'context_changes', 'satisfaction', 'objectives', 'process_performance', 'nonconformities', 'audit_results', 'resources', 'risks_opportunities',
] as const;
export type ReviewTopic = (typeof REVIEW_TOPICS)[number];
/** The inputs issue 12 names for the office: performance from the log, nonconformities, audits, satisfaction (766), objectives. */
export const REQUIRED_REVIEW_TOPICS: readonly ReviewTopic[] = ['process_performance', 'nonconformities', 'audit_results', 'satisfaction', 'objectives'];

export type ReviewInput = { topic: ReviewTopic; summary: string };

/** The minutes of the review the head chaired: inputs and decisions (improvements, resources). */
export type ManagementReviewHeld = {
  type: 'ManagementReviewHeld';
  data: Stamp & { year: number; heldOn: LocalDate; chairId: string; inputs: ReviewInput[]; decisions: string[] };
};

/** Xác nhận hiệu lực: the head confirms the system is effective (QĐ 19/2014 Art. 4.2.d). */
export type QmsEffectivenessConfirmed = { type: 'QmsEffectivenessConfirmed'; data: Stamp & { note: string | null } };

export type ManagementReviewEvent = ManagementReviewHeld | QmsEffectivenessConfirmed;
export const MANAGEMENT_REVIEW_EVENT_TYPES = ['ManagementReviewHeld', 'QmsEffectivenessConfirmed'] as const satisfies readonly ManagementReviewEvent['type'][];

/** The head signs the declaration (Phụ lục I) for the scope of procedures, after the cycle's confirmed review. */
export type QmsConformityDeclared = {
  type: 'QmsConformityDeclared';
  data: Stamp & { decisionNo: string; declaredOn: LocalDate; reviewId: string; procedureCodes: string[] };
};

/** Thông báo bằng văn bản to the lead agency (Sở Khoa học và Công nghệ for a province, Art. 12.4). */
export type QmsDeclarationNotified = { type: 'QmsDeclarationNotified'; data: Stamp & { recipient: string; docRef: string; notifiedOn: LocalDate } };

/** Niêm yết at the office and on its website. */
export type QmsDeclarationPosted = { type: 'QmsDeclarationPosted'; data: Stamp & { postedOn: LocalDate; websiteUrl: string | null } };

export type QmsDeclarationEvent = QmsConformityDeclared | QmsDeclarationNotified | QmsDeclarationPosted;
export const QMS_DECLARATION_EVENT_TYPES = ['QmsConformityDeclared', 'QmsDeclarationNotified', 'QmsDeclarationPosted'] as const satisfies readonly QmsDeclarationEvent['type'][];

export function managementReviewStreamName(id: string): string {
  return `management-review-${id}`;
}

export function qmsDeclarationStreamName(id: string): string {
  return `qms-declaration-${id}`;
}
