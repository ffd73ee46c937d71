import type { LocalDate } from '../calendar';
import type { PaperKind, PresentingAgency } from './programme.types';

/*
 * The events of stream `programme-<period>`: one work programme of the Committee (chương trình
 * công tác năm, quý, tháng; QC Art. 8) from the first proposal slip to its approval, and each
 * item's life after it. A public contract; type strings are fixed forever. Every event says who
 * (`by`) and when (`at`).
 */
type Stamp = { by: string; at: string };

/** Phiếu đề xuất received by General Affairs; the first one opens the programme of `period`. */
export type ProgrammeItemProposed = {
  type: 'ProgrammeItemProposed';
  data: Stamp & {
    period: string;
    itemId: string;
    title: string;
    agency: PresentingAgency;
    leaderId: string;
    /** The month (`2026-03`) or ISO week (`2026-W11`) the papers are due, and its last working day. */
    due: string;
    dueDate: LocalDate;
    paperKind: PaperKind;
    note: string | null;
  };
};

/** The head of General Affairs takes the slip into the draft. */
export type ProgrammeSlipAccepted = { type: 'ProgrammeSlipAccepted'; data: Stamp & { itemId: string } };
/** … or returns it to the proposer, with the reason. */
export type ProgrammeSlipReturned = { type: 'ProgrammeSlipReturned'; data: Stamp & { itemId: string; reason: string } };

/** Dự thảo chương trình to the office chief: the items in it, and whether it came after its due day (QC 8.1). */
export type ProgrammeDraftSubmitted = {
  type: 'ProgrammeDraftSubmitted';
  data: Stamp & { itemIds: string[]; draftDueDate: LocalDate; late: boolean; note: string | null };
};
/** The office chief has reviewed the draft and sends it to the chairman. */
export type ProgrammeDraftEndorsed = { type: 'ProgrammeDraftEndorsed'; data: Stamp & { note: string | null } };
/** The office chief (in review) or the chairman (for approval) sends the draft back to General Affairs. */
export type ProgrammeDraftReturned = { type: 'ProgrammeDraftReturned'; data: Stamp & { stage: 'review' | 'approval'; reason: string } };
/** Phê duyệt by the chairman: the programme is in force. */
export type ProgrammeApproved = { type: 'ProgrammeApproved'; data: Stamp & { note: string | null } };

/** Hồ sơ trình of an item reached the Office on `submittedOn`. */
export type ProgrammeItemPapersSubmitted = {
  type: 'ProgrammeItemPapersSubmitted';
  data: Stamp & { itemId: string; submittedOn: LocalDate; symbol: string; documentId: string | null };
};
/** Rút khỏi chương trình. */
export type ProgrammeItemWithdrawn = { type: 'ProgrammeItemWithdrawn'; data: Stamp & { itemId: string; reason: string; requestSymbol: string | null } };
/** Điều chỉnh thời gian trình on the agency's written request (QC 9.1); the item may leave the programme's period. */
export type ProgrammeItemRescheduled = {
  type: 'ProgrammeItemRescheduled';
  data: Stamp & {
    itemId: string;
    previousDue: string;
    previousDueDate: LocalDate;
    due: string;
    dueDate: LocalDate;
    reason: string;
    requestSymbol: string;
    requestDate: LocalDate;
  };
};
/** Đã trình at a session. */
export type ProgrammeItemPresented = { type: 'ProgrammeItemPresented'; data: Stamp & { itemId: string; presentedOn: LocalDate; session: string } };

export type ProgrammeEvent =
  | ProgrammeItemProposed
  | ProgrammeSlipAccepted
  | ProgrammeSlipReturned
  | ProgrammeDraftSubmitted
  | ProgrammeDraftEndorsed
  | ProgrammeDraftReturned
  | ProgrammeApproved
  | ProgrammeItemPapersSubmitted
  | ProgrammeItemWithdrawn
  | ProgrammeItemRescheduled
  | ProgrammeItemPresented;

export const PROGRAMME_EVENT_TYPES = [
  'ProgrammeItemProposed', 'ProgrammeSlipAccepted', 'ProgrammeSlipReturned', 'ProgrammeDraftSubmitted', 'ProgrammeDraftEndorsed', 'ProgrammeDraftReturned',
  'ProgrammeApproved', 'ProgrammeItemPapersSubmitted', 'ProgrammeItemWithdrawn', 'ProgrammeItemRescheduled', 'ProgrammeItemPresented',
] as const satisfies readonly ProgrammeEvent['type'][];

type MissingEventType = Exclude<ProgrammeEvent['type'], (typeof PROGRAMME_EVENT_TYPES)[number]>;
/** Compile-time check that PROGRAMME_EVENT_TYPES lists every event. */
const _everyEventListed: [MissingEventType] extends [never] ? true : never = true;

export function programmeStreamName(period: string): string {
  return `programme-${period}`;
}
