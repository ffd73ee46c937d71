import type { ApprovalRoute } from './absence.approval';
import type { AbsenceEvent, AbsenceFacts } from './absence.events';

/*
 * An absence (stream `absence-<id>`):
 *   none ──request──▶ requested ──approve──▶ approved ──cut-short──▶ approved (shorter)
 *                          └──refuse──▶ refused
 *   none ──record (a leader)──▶ recorded ──cut-short──▶ recorded (shorter)
 *   requested | approved | recorded ──cancel (before it starts)──▶ cancelled
 */

export const ABSENCE_STATUSES = ['requested', 'approved', 'recorded', 'refused', 'cancelled'] as const;
export type AbsenceStatus = (typeof ABSENCE_STATUSES)[number];

export const ABSENCE_STATUS_LABELS: Readonly<Record<AbsenceStatus, string>> = {
  requested: 'Chờ duyệt',
  approved: 'Đã duyệt',
  recorded: 'Đã ghi nhận',
  refused: 'Không duyệt',
  cancelled: 'Đã hủy',
};

/** Statuses in which the person is (or will be) away. */
export const ACTIVE_ABSENCE_STATUSES: readonly AbsenceStatus[] = ['requested', 'approved', 'recorded'];

type Stamped = { by: string; at: string };

export type AbsenceRecord = AbsenceFacts & {
  status: AbsenceStatus;
  route: ApprovalRoute;
  requestedBy: string;
  requestedAt: string;
  /** The approval or the refusal, with its note or reason. */
  decision: (Stamped & { approved: boolean; note: string | null }) | null;
  cancellation: (Stamped & { reason: string }) | null;
  /** The end first asked for, when the person came back early. */
  cutShort: (Stamped & { plannedTo: AbsenceFacts['to']; plannedToHalf: AbsenceFacts['toHalf'] }) | null;
};

export type AbsenceState = { status: 'none' } | AbsenceRecord;

export const initialAbsenceState: AbsenceState = { status: 'none' };

export function evolveAbsence(state: AbsenceState, event: AbsenceEvent): AbsenceState {
  switch (event.type) {
    case 'AbsenceRequested': {
      const { by, at, route, ...facts } = event.data;
      return { ...facts, status: 'requested', route, requestedBy: by, requestedAt: at, decision: null, cancellation: null, cutShort: null };
    }
    case 'LeaderAbsenceRecorded': {
      const { by, at, ...facts } = event.data;
      return { ...facts, status: 'recorded', route: 'recorded', requestedBy: by, requestedAt: at, decision: null, cancellation: null, cutShort: null };
    }
    default:
      if (state.status === 'none') return state;
      return evolveRecord(state, event);
  }
}

function evolveRecord(state: AbsenceRecord, event: AbsenceEvent): AbsenceRecord {
  switch (event.type) {
    case 'AbsenceApproved':
      return { ...state, status: 'approved', decision: { approved: true, note: event.data.note, by: event.data.by, at: event.data.at } };
    case 'AbsenceRefused':
      return { ...state, status: 'refused', decision: { approved: false, note: event.data.reason, by: event.data.by, at: event.data.at } };
    case 'AbsenceCancelled':
      return { ...state, status: 'cancelled', cancellation: { ...event.data } };
    case 'AbsenceCutShort': {
      const { to, toHalf, workingDays, by, at } = event.data;
      return { ...state, to, toHalf, workingDays, cutShort: { plannedTo: state.cutShort?.plannedTo ?? state.to, plannedToHalf: state.cutShort?.plannedToHalf ?? state.toHalf, by, at } };
    }
    default:
      return state;
  }
}

export function absenceStateFrom(events: readonly AbsenceEvent[]): AbsenceState {
  return events.reduce(evolveAbsence, initialAbsenceState);
}
