import type { WorkingCalendar } from '../calendar';
import type { Organisation } from '../organisation';
import type { AbsencePeriod } from './absence.types';

/** What the absence decider needs besides the command and the state. */
export interface AbsencesContext {
  organisation: Organisation;
  /** The approved working calendar (lịch làm việc) the working days are counted with. */
  calendar: WorkingCalendar;
  /** The requester's other absences still asked for or in force, read at command time: ABSENCE_OVERLAPS. */
  otherAbsences: ReadonlyArray<AbsencePeriod & { absenceId: string }>;
}
