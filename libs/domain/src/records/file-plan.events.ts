import type { PlanEntry } from './records.types';

/*
 * Stream `file-plan-<year>`: the yearly file plan (Danh mục hồ sơ, ND30 Art. 28). Drafted by the
 * clerk or the head of Phòng Hành chính – Tổ chức, approved by the office chief; once approved it
 * only grows, by entries added with a reason. A public contract; type strings are fixed forever.
 */
type Stamp = { by: string; at: string };

export type FilePlanDrafted = { type: 'FilePlanDrafted'; data: Stamp & { year: number; entries: PlanEntry[] } };
/** Bổ sung hồ sơ: before approval a correction of the draft (reason null), after it an addition with its reason. */
export type FilePlanEntryAdded = { type: 'FilePlanEntryAdded'; data: Stamp & { entry: PlanEntry; reason: string | null } };
/** Phê duyệt Danh mục hồ sơ by the office chief, with the decision that issues it. */
export type FilePlanApproved = { type: 'FilePlanApproved'; data: Stamp & { decisionRef: string } };

export type FilePlanEvent = FilePlanDrafted | FilePlanEntryAdded | FilePlanApproved;

export const FILE_PLAN_EVENT_TYPES = ['FilePlanDrafted', 'FilePlanEntryAdded', 'FilePlanApproved'] as const satisfies readonly FilePlanEvent['type'][];

export function filePlanStreamName(year: number | string): string {
  return `file-plan-${year}`;
}
