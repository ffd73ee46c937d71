import type { LocalDate } from '../calendar';
import type { Actor } from '../shared';
import type { AbsenceKind, Half } from './absence.types';

/** Commands on stream `absence-<id>`; request fields of API.md become command fields. */
interface CommandBase {
  absenceId: string;
  actor: Actor;
  /** ISO instant from the application's clock. */
  now: string;
}

/**
 * Đăng ký nghỉ, đi công tác: by the member of staff; a committee leader's or the office chief's
 * absence may be recorded by the Office (clerk, office chief) naming them as `requesterId`.
 */
export interface RequestAbsence extends CommandBase {
  type: 'request';
  requesterId?: string | null;
  kind: AbsenceKind;
  from: LocalDate;
  fromHalf?: Half | null;
  to: LocalDate;
  toHalf?: Half | null;
  reason: string;
  /** Nơi công tác: required for a business trip. */
  place?: string | null;
}

/** Duyệt: by the approver the chain names. */
export interface ApproveAbsence extends CommandBase {
  type: 'approve';
  note?: string | null;
}

/** Không duyệt: by the same approver, with the reason. */
export interface RefuseAbsence extends CommandBase {
  type: 'refuse';
  reason: string;
}

/** Hủy: by the requester (or the Office for what it recorded), before the absence starts. */
export interface CancelAbsence extends CommandBase {
  type: 'cancel';
  reason: string;
}

/** Trở lại làm việc sớm: the absence now ends at the end of `toHalf` of `to`. */
export interface CutAbsenceShort extends CommandBase {
  type: 'cut-short';
  to: LocalDate;
  toHalf?: Half | null;
}

export type AbsenceCommand = RequestAbsence | ApproveAbsence | RefuseAbsence | CancelAbsence | CutAbsenceShort;
export type AbsenceStep = AbsenceCommand['type'];
