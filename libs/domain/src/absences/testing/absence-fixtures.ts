import { VIETNAM_CALENDAR } from '../../calendar';
import { DEMO_ORGANISATION } from '../../organisation';
import { actor, userId, vn } from '../../testing/document-fixtures';
import { deciderSpec } from '../../testing/given-when-then';
import type { ApproveAbsence, CancelAbsence, CutAbsenceShort, RefuseAbsence, RequestAbsence } from '../absence.commands';
import { decideAbsence } from '../absence.decide';
import { evolveAbsence, initialAbsenceState } from '../absence.state';
import type { AbsencesContext } from '../absences.context';

/*
 * Fixtures for the absence tests (test code only): on Thursday 3/12/2026 the economy department's
 * specialist (cv.kt1) asks for Monday 7/12/2026 off; the head of that department (tp.kt) decides;
 * the demo organisation and the shipped 2026 calendar.
 */

export { actor, userId, vn };

export const ABSENCE_ID = '0b6f5a3e-0000-4000-8000-0000000000a7';
export const CONTEXT: AbsencesContext = { organisation: DEMO_ORGANISATION, calendar: VIETNAM_CALENDAR, otherAbsences: [] };
const decider = { decide: decideAbsence, evolve: evolveAbsence, initialState: initialAbsenceState };
export const givenAbsence = deciderSpec(decider, CONTEXT);
export const givenAbsenceBeside = (otherAbsences: AbsencesContext['otherAbsences']) => deciderSpec(decider, { ...CONTEXT, otherAbsences });

export const REQUESTED_AT = vn('2026-12-03', '08:00');
export const DECIDED_AT = vn('2026-12-03', '10:00');

type With<C> = Partial<Omit<C, 'type'>>;

export const absenceCmd = {
  request: (o: With<RequestAbsence> = {}): RequestAbsence => ({
    type: 'request', absenceId: ABSENCE_ID, actor: actor('cv.kt1'), now: REQUESTED_AT, kind: 'leave', from: '2026-12-07', to: '2026-12-07', reason: 'Việc gia đình', ...o,
  }),
  /** A week's business trip (7–11/12/2026) of the chairman, recorded by the clerk. */
  leaderTrip: (o: With<RequestAbsence> = {}): RequestAbsence => ({
    type: 'request', absenceId: ABSENCE_ID, actor: actor('vanthu1'), now: REQUESTED_AT, requesterId: userId('chu.tich'), kind: 'business_trip',
    from: '2026-12-07', to: '2026-12-11', reason: 'Làm việc với các bộ, ngành Trung ương', place: 'Hà Nội', ...o,
  }),
  approve: (o: With<ApproveAbsence> = {}): ApproveAbsence => ({ type: 'approve', absenceId: ABSENCE_ID, actor: actor('tp.kt'), now: DECIDED_AT, note: null, ...o }),
  refuse: (o: With<RefuseAbsence> = {}): RefuseAbsence => ({ type: 'refuse', absenceId: ABSENCE_ID, actor: actor('tp.kt'), now: DECIDED_AT, reason: 'Phòng đang cao điểm báo cáo cuối năm', ...o }),
  cancel: (o: With<CancelAbsence> = {}): CancelAbsence => ({ type: 'cancel', absenceId: ABSENCE_ID, actor: actor('cv.kt1'), now: vn('2026-12-04'), reason: 'Không còn việc phải nghỉ', ...o }),
  cutShort: (o: With<CutAbsenceShort> = {}): CutAbsenceShort => ({ type: 'cut-short', absenceId: ABSENCE_ID, actor: actor('vanthu1'), now: vn('2026-12-09', '16:00'), to: '2026-12-09', ...o }),
};
