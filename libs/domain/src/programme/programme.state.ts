import type { LocalDate } from '../calendar';
import type { ProgrammeEvent, ProgrammeItemProposed } from './programme.events';
import type { PaperKind, PresentingAgency } from './programme.types';

/*
 * State of one work programme (stream `programme-<period>`), QC Art. 8:
 *
 *   none ──propose──▶ drafting ──submit-draft──▶ in_review ──endorse──▶ awaiting_approval ──approve──▶ approved
 *   in_review | awaiting_approval ──return-draft──▶ drafting
 *
 * and of each item in it:
 *
 *   proposed ──accept──▶ accepted ──papers──▶ papers_submitted ──present──▶ presented
 *   proposed ──return-slip──▶ returned
 *   accepted | papers_submitted ──withdraw──▶ withdrawn;  accepted ──reschedule──▶ accepted (a new due)
 */

export const PROGRAMME_STATUSES = ['drafting', 'in_review', 'awaiting_approval', 'approved'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const PROGRAMME_STATUS_LABELS: Readonly<Record<ProgrammeStatus | 'none', string>> = {
  none: 'Chưa có phiếu đề xuất',
  drafting: 'Đang tổng hợp dự thảo',
  in_review: 'Chờ Chánh Văn phòng thẩm tra',
  awaiting_approval: 'Chờ Chủ tịch phê duyệt',
  approved: 'Đã phê duyệt',
};

export const PROGRAMME_ITEM_STATUSES = ['proposed', 'returned', 'accepted', 'papers_submitted', 'presented', 'withdrawn'] as const;
export type ProgrammeItemStatus = (typeof PROGRAMME_ITEM_STATUSES)[number];

export const PROGRAMME_ITEM_STATUS_LABELS: Readonly<Record<ProgrammeItemStatus, string>> = {
  proposed: 'Phiếu đề xuất chờ xử lý',
  returned: 'Phiếu đề xuất bị trả lại',
  accepted: 'Trong chương trình, chờ hồ sơ',
  papers_submitted: 'Đã nộp hồ sơ trình',
  presented: 'Đã trình',
  withdrawn: 'Rút khỏi chương trình',
};

export type Reschedule = { previousDue: string; previousDueDate: LocalDate; due: string; dueDate: LocalDate; reason: string; requestSymbol: string; requestDate: LocalDate; by: string; at: string };

export type ProgrammeItem = {
  itemId: string;
  title: string;
  agency: PresentingAgency;
  leaderId: string;
  due: string;
  dueDate: LocalDate;
  /** The due first proposed (a reschedule moves `due`). */
  originalDue: string;
  paperKind: PaperKind;
  note: string | null;
  status: ProgrammeItemStatus;
  proposedBy: string;
  proposedAt: string;
  slipDecision: { accepted: boolean; reason: string | null; by: string; at: string } | null;
  papers: { submittedOn: LocalDate; symbol: string; documentId: string | null; by: string; at: string } | null;
  presentation: { presentedOn: LocalDate; session: string; by: string; at: string } | null;
  withdrawal: { reason: string; requestSymbol: string | null; by: string; at: string } | null;
  reschedules: Reschedule[];
};

export type DraftReturn = { stage: 'review' | 'approval'; reason: string; by: string; at: string };

export type ProgrammeFacts = {
  period: string;
  items: ProgrammeItem[];
  /** The last submission of the draft: when, whether late against its due day (QC 8.1). */
  draft: { submittedAt: string; by: string; draftDueDate: LocalDate; late: boolean; itemIds: string[] } | null;
  /** When the draft was first submitted late, kept when it is returned and submitted again. */
  firstDraftLate: boolean | null;
  returns: DraftReturn[];
  endorsement: { note: string | null; by: string; at: string } | null;
  approval: { note: string | null; by: string; at: string } | null;
};

export type NoProgramme = { status: 'none' };
export type OpenProgramme = ProgrammeFacts & { status: ProgrammeStatus };
export type ProgrammeState = NoProgramme | OpenProgramme;

export const initialProgrammeState: ProgrammeState = { status: 'none' };

function proposedItem({ by, at, period: _period, ...slip }: ProgrammeItemProposed['data']): ProgrammeItem {
  return {
    ...slip, originalDue: slip.due, status: 'proposed', proposedBy: by, proposedAt: at, slipDecision: null, papers: null, presentation: null, withdrawal: null,
    reschedules: [],
  };
}

/** The programme with item `itemId` changed by `change`; unchanged when there is no such item. */
function withItem(state: OpenProgramme, itemId: string, change: (item: ProgrammeItem) => ProgrammeItem): OpenProgramme {
  return { ...state, items: state.items.map((item) => (item.itemId === itemId ? change(item) : item)) };
}

/** Folds one event into the state. Never throws; an event that does not fit is ignored. */
export function evolveProgramme(state: ProgrammeState, event: ProgrammeEvent): ProgrammeState {
  if (event.type === 'ProgrammeItemProposed') {
    const open: OpenProgramme = state.status === 'none'
      ? { status: 'drafting', period: event.data.period, items: [], draft: null, firstDraftLate: null, returns: [], endorsement: null, approval: null }
      : state;
    return { ...open, items: [...open.items, proposedItem(event.data)] };
  }
  if (state.status === 'none') return state;
  const { by, at } = event.data;
  switch (event.type) {
    case 'ProgrammeSlipAccepted':
      return withItem(state, event.data.itemId, (item) => ({ ...item, status: 'accepted', slipDecision: { accepted: true, reason: null, by, at } }));
    case 'ProgrammeSlipReturned':
      return withItem(state, event.data.itemId, (item) => ({ ...item, status: 'returned', slipDecision: { accepted: false, reason: event.data.reason, by, at } }));
    case 'ProgrammeDraftSubmitted': {
      const { itemIds, draftDueDate, late } = event.data;
      return { ...state, status: 'in_review', draft: { submittedAt: at, by, draftDueDate, late, itemIds }, firstDraftLate: state.firstDraftLate ?? late };
    }
    case 'ProgrammeDraftEndorsed':
      return { ...state, status: 'awaiting_approval', endorsement: { note: event.data.note, by, at } };
    case 'ProgrammeDraftReturned':
      return { ...state, status: 'drafting', endorsement: null, returns: [...state.returns, { ...event.data }] };
    case 'ProgrammeApproved':
      return { ...state, status: 'approved', approval: { note: event.data.note, by, at } };
    case 'ProgrammeItemPapersSubmitted': {
      const { submittedOn, symbol, documentId } = event.data;
      return withItem(state, event.data.itemId, (item) => ({ ...item, status: 'papers_submitted', papers: { submittedOn, symbol, documentId, by, at } }));
    }
    case 'ProgrammeItemWithdrawn': {
      const { reason, requestSymbol } = event.data;
      return withItem(state, event.data.itemId, (item) => ({ ...item, status: 'withdrawn', withdrawal: { reason, requestSymbol, by, at } }));
    }
    case 'ProgrammeItemRescheduled': {
      const { itemId: _itemId, ...change } = event.data;
      return withItem(state, event.data.itemId, (item) => ({ ...item, due: change.due, dueDate: change.dueDate, reschedules: [...item.reschedules, change] }));
    }
    case 'ProgrammeItemPresented': {
      const { presentedOn, session } = event.data;
      return withItem(state, event.data.itemId, (item) => ({ ...item, status: 'presented', presentation: { presentedOn, session, by, at } }));
    }
    default:
      return state;
  }
}

export function programmeStateFrom(events: readonly ProgrammeEvent[]): ProgrammeState {
  return events.reduce(evolveProgramme, initialProgrammeState);
}
