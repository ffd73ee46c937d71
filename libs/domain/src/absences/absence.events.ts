import type { LocalDate } from '../calendar';
import type { ApprovalRoute } from './absence.approval';
import type { AbsenceKind, Half } from './absence.types';

/* The events of stream `absence-<id>`: a public contract (plain JSON, `null` for none, who and when on each). */

type Stamp = { by: string; at: string };

/** What was asked for: who, what kind, the days (in halves) and the working days they count. */
export type AbsenceFacts = {
  absenceId: string;
  requesterId: string;
  /** The requester's department when asked (the head who approves); null for leaders. */
  departmentId: string | null;
  kind: AbsenceKind;
  from: LocalDate;
  fromHalf: Half;
  to: LocalDate;
  toHalf: Half;
  /** Working days with the approved calendar, in halves (0.5, 1, 1.5 …). */
  workingDays: number;
  reason: string;
  /** Nơi công tác, for a business trip; null otherwise. */
  place: string | null;
};

/** Đơn xin nghỉ / đi công tác gửi người duyệt (`route`: the head or the office chief). */
export type AbsenceRequested = {
  type: 'AbsenceRequested';
  data: Stamp & AbsenceFacts & { route: Exclude<ApprovalRoute, 'recorded'> };
};

/** Văn phòng ghi nhận lịch vắng của lãnh đạo (a committee leader, the office chief): in force at once. */
export type LeaderAbsenceRecorded = {
  type: 'LeaderAbsenceRecorded';
  data: Stamp & AbsenceFacts;
};

export type AbsenceApproved = { type: 'AbsenceApproved'; data: Stamp & { note: string | null } };
export type AbsenceRefused = { type: 'AbsenceRefused'; data: Stamp & { reason: string } };
export type AbsenceCancelled = { type: 'AbsenceCancelled'; data: Stamp & { reason: string } };

/** Trở lại làm việc sớm: the new end and the working days it now counts. */
export type AbsenceCutShort = { type: 'AbsenceCutShort'; data: Stamp & { to: LocalDate; toHalf: Half; workingDays: number } };

export type AbsenceEvent = AbsenceRequested | LeaderAbsenceRecorded | AbsenceApproved | AbsenceRefused | AbsenceCancelled | AbsenceCutShort;

export const ABSENCE_EVENT_TYPES = [
  'AbsenceRequested', 'LeaderAbsenceRecorded', 'AbsenceApproved', 'AbsenceRefused', 'AbsenceCancelled', 'AbsenceCutShort',
] as const satisfies readonly AbsenceEvent['type'][];

type MissingEventType = Exclude<AbsenceEvent['type'], (typeof ABSENCE_EVENT_TYPES)[number]>;
/** Compile-time check that ABSENCE_EVENT_TYPES lists every event. */
const _everyEventListed: [MissingEventType] extends [never] ? true : never = true;

export function absenceStreamName(absenceId: string): string {
  return `absence-${absenceId}`;
}
