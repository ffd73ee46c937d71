import type { WorkingCalendar } from '../calendar';
import { stepDueAt, stepOutcome } from './dossier.clock';
import type { Holder, OpenedDossier } from './dossier.state';
import type { Handover } from './dossier.types';

/**
 * The control-sheet row (Phiếu kiểm soát quá trình) of a hand-over: it closes the step in
 * progress, timed by the version's process (`dueAt` from the step's working days, `outcome`
 * against it). Past the process's last step, or for a step of 0 days, the row is untimed and
 * named `task`.
 */
export function closeStep(dossier: OpenedDossier, from: Holder & { userId: string }, to: Holder, handedAt: string, task: string, calendar: WorkingCalendar): Handover {
  const { no, startedAt } = dossier.currentStep;
  const step = dossier.procedure.steps.find((s) => s.no === no);
  const dueAt = step ? stepDueAt(startedAt, step.workingDays, calendar) : null;
  return {
    stepNo: no,
    task: step?.task ?? task,
    fromUserId: from.userId,
    fromUnitId: from.unitId,
    toUserId: to.userId,
    toUnitId: to.unitId,
    startedAt,
    handedAt,
    dueAt,
    outcome: stepOutcome(handedAt, dueAt),
    calendarVersion: calendar.version,
  };
}
