import type { WorkingCalendar } from '../calendar';
import type { Organisation } from '../organisation';

/** What the programme's decider needs besides the command and the state: who is who, and the working days (due dates). */
export interface ProgrammeContext {
  organisation: Organisation;
  calendar: WorkingCalendar;
}
