import type { LocalDate } from '../calendar';
import type { DepartureKind, HeldItem, SigningParty } from './handover.types';

/*
 * The events of stream `handover-<id>`: one person's departure from the post (nghỉ hưu, nghỉ việc,
 * chuyển công tác) and the hand-over of what they hold (bàn giao công việc, hồ sơ, tài liệu), to the
 * release (research/next-domains.md §D.2, StaffHandover). A public contract; type strings are fixed
 * forever. Every event says who (`by`) and when (`at`).
 */
type Stamp = { by: string; at: string };

/** Ghi nhận nghỉ việc / chuyển công tác: who leaves, why, the last working day, the default receiver, the decision. */
export type DepartureRecorded = {
  type: 'DepartureRecorded';
  data: Stamp & {
    handoverId: string;
    userId: string;
    departmentId: string | null;
    kind: DepartureKind;
    lastWorkingDay: LocalDate;
    receiverId: string;
    decisionRef: string;
    reason: string | null;
  };
};

/** Danh sách bàn giao: what the leaver holds now, from the read models; a refresh replaces the items not yet handed over. */
export type HandoverListed = { type: 'HandoverListed'; data: Stamp & { items: HeldItem[] } };

/** An item moved to its receiver through its own context's step (the event there is the proof). */
export type HandoverItemReassigned = { type: 'HandoverItemReassigned'; data: Stamp & { key: string; receiverId: string; reason: string } };

/** An item with no step to move it, handed over on paper to its receiver, with the reason. */
export type HandoverItemHandedOnPaper = { type: 'HandoverItemHandedOnPaper'; data: Stamp & { key: string; receiverId: string; reason: string } };

/** Ký biên bản: the leaving person, then (or before) the receiving head, each once. */
export type HandoverSigned = { type: 'HandoverSigned'; data: Stamp & { party: SigningParty } };

/** Giải quyết cho nghỉ / chuyển công tác: the personnel unit releases the person once the head confirmed the hand-over. */
export type DepartureReleased = { type: 'DepartureReleased'; data: Stamp & { note: string | null } };

export type HandoverEvent = DepartureRecorded | HandoverListed | HandoverItemReassigned | HandoverItemHandedOnPaper | HandoverSigned | DepartureReleased;

export const HANDOVER_EVENT_TYPES = [
  'DepartureRecorded', 'HandoverListed', 'HandoverItemReassigned', 'HandoverItemHandedOnPaper', 'HandoverSigned', 'DepartureReleased',
] as const satisfies readonly HandoverEvent['type'][];

type MissingEventType = Exclude<HandoverEvent['type'], (typeof HANDOVER_EVENT_TYPES)[number]>;
/** Compile-time check that HANDOVER_EVENT_TYPES lists every event. */
const _everyEventListed: [MissingEventType] extends [never] ? true : never = true;

export function handoverStreamName(handoverId: string): string {
  return `handover-${handoverId}`;
}
