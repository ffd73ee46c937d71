import type { FilePlanEvent } from './file-plan.events';
import type { PlanEntry } from './records.types';

/** none ──draft──▶ drafted ──approve──▶ approved; entries are added in both (after approval with a reason). */
export const FILE_PLAN_STATUS_LABELS = { none: 'Chưa lập', drafted: 'Dự thảo', approved: 'Đã phê duyệt' } as const;

export type PlanAddition = { code: string; reason: string; by: string; at: string };

type PlanFacts = { year: number; entries: PlanEntry[]; draftedBy: string; draftedAt: string; additions: PlanAddition[] };
export type FilePlanState =
  | { status: 'none' }
  | (PlanFacts & { status: 'drafted' })
  | (PlanFacts & { status: 'approved'; decisionRef: string; approvedBy: string; approvedAt: string });

export const initialFilePlanState: FilePlanState = { status: 'none' };

export function evolveFilePlan(state: FilePlanState, event: FilePlanEvent): FilePlanState {
  switch (event.type) {
    case 'FilePlanDrafted':
      return state.status === 'none' ? { status: 'drafted', year: event.data.year, entries: event.data.entries, draftedBy: event.data.by, draftedAt: event.data.at, additions: [] } : state;
    case 'FilePlanEntryAdded': {
      if (state.status === 'none') return state;
      const { entry, reason, by, at } = event.data;
      const additions = reason === null ? state.additions : [...state.additions, { code: entry.code, reason, by, at }];
      return { ...state, entries: [...state.entries, entry], additions };
    }
    case 'FilePlanApproved':
      return state.status === 'drafted' ? { ...state, status: 'approved', decisionRef: event.data.decisionRef, approvedBy: event.data.by, approvedAt: event.data.at } : state;
    default:
      return state;
  }
}

export function planEntryOf(state: FilePlanState, code: string): PlanEntry | undefined {
  return state.status === 'none' ? undefined : state.entries.find((e) => e.code === code);
}
