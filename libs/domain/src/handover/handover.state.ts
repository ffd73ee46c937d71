import type { DepartureRecorded, HandoverEvent } from './handover.events';
import type { HeldItem, ItemOutcome, SigningParty } from './handover.types';

/*
 * State of a hand-over (stream `handover-<id>`):
 *
 *   none ──record (+ list)──▶ open ──list | reassign | hand-over-on-paper | sign──▶ open ──release──▶ released
 *
 * The items are the last listing's plus every item already handed over (kept for the record even
 * when a later listing no longer shows it, since it then belongs to its receiver).
 */

export const HANDOVER_STATUSES = ['open', 'released'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

export const HANDOVER_STATUS_LABELS: Readonly<Record<HandoverStatus | 'none', string>> = {
  none: 'Chưa ghi nhận',
  open: 'Đang bàn giao',
  released: 'Đã bàn giao xong, đã cho nghỉ',
};

type Stamp = { by: string; at: string };
export type ItemHandedOver = Stamp & { outcome: ItemOutcome; receiverId: string; reason: string };
export type ListedItem = HeldItem & { handedOver: ItemHandedOver | null };

/** The departure as recorded (người bàn giao `userId`, default receiver `receiverId`), then what followed. */
export type HandoverFacts = Omit<DepartureRecorded['data'], 'by' | 'at'> & {
  recordedBy: string;
  recordedAt: string;
  listedAt: string | null;
  items: ListedItem[];
  signatures: Record<SigningParty, Stamp | null>;
  release: (Stamp & { note: string | null }) | null;
};

export type NoHandover = { status: 'none' };
export type OpenHandover = HandoverFacts & { status: 'open' };
export type ReleasedHandover = HandoverFacts & { release: Stamp & { note: string | null }; status: 'released' };
export type RecordedHandover = OpenHandover | ReleasedHandover;
export type HandoverState = NoHandover | RecordedHandover;
export type HandoverStateOf<S extends HandoverState['status']> = Extract<HandoverState, { status: S }>;

export const initialHandoverState: HandoverState = { status: 'none' };

/** A new listing: the items already handed over stay; the others are what the leaver holds now. */
function relisted(items: readonly ListedItem[], held: readonly HeldItem[]): ListedItem[] {
  const kept = items.filter((item) => item.handedOver !== null);
  const fresh = held.filter((item) => !kept.some((k) => k.key === item.key)).map((item) => ({ ...item, handedOver: null }));
  return [...kept, ...fresh];
}

function handedOver(state: OpenHandover, outcome: ItemOutcome, data: Stamp & { key: string; receiverId: string; reason: string }): HandoverState {
  const { key, ...rest } = data;
  if (!state.items.some((item) => item.key === key)) return state;
  return { ...state, items: state.items.map((item) => (item.key === key ? { ...item, handedOver: { outcome, ...rest } } : item)) };
}

/** Folds one event into the state. Never throws; an event that does not fit is ignored. */
export function evolveHandover(state: HandoverState, event: HandoverEvent): HandoverState {
  if (event.type === 'DepartureRecorded') {
    if (state.status !== 'none') return state;
    const { by, at, ...terms } = event.data;
    return { status: 'open', ...terms, recordedBy: by, recordedAt: at, listedAt: null, items: [], signatures: { leaver: null, head: null }, release: null };
  }
  if (state.status !== 'open') return state;
  switch (event.type) {
    case 'HandoverListed':
      return { ...state, items: relisted(state.items, event.data.items), listedAt: event.data.at };
    case 'HandoverItemReassigned':
      return handedOver(state, 'reassigned', event.data);
    case 'HandoverItemHandedOnPaper':
      return handedOver(state, 'on_paper', event.data);
    case 'HandoverSigned':
      return { ...state, signatures: { ...state.signatures, [event.data.party]: { by: event.data.by, at: event.data.at } } };
    case 'DepartureReleased':
      return { ...state, status: 'released', release: { ...event.data } };
    default:
      return state;
  }
}

export function handoverStateFrom(events: readonly HandoverEvent[]): HandoverState {
  return events.reduce(evolveHandover, initialHandoverState);
}

/**
 * What is still held (còn đang giữ): listed items not handed over, and anything the leaver holds
 * now (`held`, from the read models) that no listing has shown yet. An item handed over that a
 * read model still shows (its projection lagging) is not counted again.
 */
export function stillHeld(state: RecordedHandover, held: readonly HeldItem[] = []): string[] {
  const open = state.items.filter((item) => item.handedOver === null).map((item) => item.key);
  const unlisted = held.filter((item) => !state.items.some((listed) => listed.key === item.key)).map((item) => item.key);
  return [...open, ...unlisted];
}
