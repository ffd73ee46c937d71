import type { LocalDate } from '../calendar';
import type { NonconformityEvent, NonconformityRaised } from './nonconformity.events';

/** One corrective action and what became of it. */
export type CorrectiveAction = {
  action: string;
  ownerId: string;
  dueOn: LocalDate;
  plannedAt: string;
  implemented: { note: string; by: string; at: string } | null;
  verification: { effective: boolean; note: string; by: string; at: string } | null;
};

type Raised = Omit<NonconformityRaised['data'], 'by' | 'at'> & {
  raisedAt: string;
  raisedBy: string;
  correction: { correction: string; by: string; at: string } | null;
  rootCause: { rootCause: string; by: string; at: string } | null;
  /** Every action planned, the current one last (an ineffective one stays on record). */
  actions: CorrectiveAction[];
  closing: { note: string | null; by: string; at: string } | null;
};

/**
 * A nonconformity (stream `nonconformity-<id>`): `raised` → `analysed` (root cause known) →
 * `action_planned` → `implemented` → `verified` (effective) → `closed`; an ineffective action
 * goes back to `analysed` for another.
 */
export const NONCONFORMITY_STATUSES = ['raised', 'analysed', 'action_planned', 'implemented', 'verified', 'closed'] as const;

export type NonconformityState = { status: 'none' } | (Raised & { status: (typeof NONCONFORMITY_STATUSES)[number] });

export type KnownNonconformity = Exclude<NonconformityState, { status: 'none' }>;

export const initialNonconformityState: NonconformityState = { status: 'none' };

/** The action being worked on, if any. */
export function currentAction(state: KnownNonconformity): CorrectiveAction | null {
  return state.actions[state.actions.length - 1] ?? null;
}

function withCurrentAction(state: KnownNonconformity, change: Partial<CorrectiveAction>): CorrectiveAction[] {
  return state.actions.map((action, i) => (i === state.actions.length - 1 ? { ...action, ...change } : action));
}

export function evolveNonconformity(state: NonconformityState, event: NonconformityEvent): NonconformityState {
  if (event.type === 'NonconformityRaised') {
    const { by, at, ...raised } = event.data;
    return { status: 'raised', ...raised, raisedAt: at, raisedBy: by, correction: null, rootCause: null, actions: [], closing: null };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'NonconformityCorrected':
      return { ...state, correction: { ...event.data } };
    case 'NonconformityRootCauseAnalysed':
      return { ...state, status: 'analysed', rootCause: { ...event.data } };
    case 'CorrectiveActionPlanned': {
      const { action, ownerId, dueOn, at } = event.data;
      return { ...state, status: 'action_planned', actions: [...state.actions, { action, ownerId, dueOn, plannedAt: at, implemented: null, verification: null }] };
    }
    case 'CorrectiveActionImplemented':
      return { ...state, status: 'implemented', actions: withCurrentAction(state, { implemented: { ...event.data } }) };
    case 'CorrectiveActionVerified':
      return { ...state, status: event.data.effective ? 'verified' : 'analysed', actions: withCurrentAction(state, { verification: { ...event.data } }) };
    case 'NonconformityClosed':
      return { ...state, status: 'closed', closing: { ...event.data } };
    default:
      return state;
  }
}
