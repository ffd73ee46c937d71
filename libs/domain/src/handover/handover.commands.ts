import type { LocalDate } from '../calendar';
import type { Actor } from '../shared';
import type { DepartureKind, HeldItem } from './handover.types';

/**
 * Commands on stream `handover-<id>`; `type` is the step's name in the HTTP path. `held` is what
 * the leaver holds now, read by the application from the read models (as `now` comes from its
 * clock): the decider never reads them itself.
 */
interface CommandBase {
  handoverId: string;
  actor: Actor;
  now: string;
}

/** POST /api/handovers: the departure, listed at once. */
export interface RecordDeparture extends CommandBase {
  type: 'record';
  userId: string;
  kind: DepartureKind;
  lastWorkingDay: LocalDate;
  receiverId: string;
  decisionRef: string;
  reason?: string | null;
  held: HeldItem[];
}

/** Refresh the list (lập lại danh sách) from what the leaver holds now. */
export interface ListHoldings extends CommandBase { type: 'list'; held: HeldItem[] }

/** The outcome of an item; `receiverId` defaults to the departure's receiver. */
interface ItemCommand extends CommandBase { key: string; receiverId?: string | null; reason: string }
/** Recorded after the item's own step moved it (a document reassigned, a dossier transferred). */
export interface ReassignItem extends ItemCommand { type: 'reassign' }
export interface HandOverOnPaper extends ItemCommand { type: 'hand-over-on-paper' }

/** The caller signs as the party they are (the leaver, or the receiving head). */
export interface SignHandover extends CommandBase { type: 'sign'; held: HeldItem[] }
export interface ReleaseDeparture extends CommandBase { type: 'release'; note?: string | null; held: HeldItem[] }

export type HandoverCommand = RecordDeparture | ListHoldings | ReassignItem | HandOverOnPaper | SignHandover | ReleaseDeparture;
