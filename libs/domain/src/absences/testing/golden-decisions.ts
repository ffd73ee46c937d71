import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { decideAbsence } from '../absence.decide';
import { evolveAbsence, initialAbsenceState } from '../absence.state';
import { absenceCmd, actor, CONTEXT, vn } from './absence-fixtures';

/*
 * Absences (nghỉ phép, công tác): a day's leave approved by the head; one refused; one cancelled;
 * the chairman's week away recorded by the Office and cut short.
 */

const absences = (...commands: Parameters<typeof decideAbsence>[0][]) => stream((c, s) => decideAbsence(c, s, CONTEXT), evolveAbsence, initialAbsenceState, commands);

export const absenceGoldenDecisions = (): GoldenDecision[] => [
  ...absences(absenceCmd.request(), absenceCmd.approve({ note: 'Đồng ý' })),
  ...absences(absenceCmd.request(), absenceCmd.refuse()),
  ...absences(absenceCmd.request(), absenceCmd.cancel()),
  ...absences(absenceCmd.leaderTrip(), absenceCmd.cutShort({ actor: actor('vanthu1'), now: vn('2026-12-09', '16:00') })),
];
