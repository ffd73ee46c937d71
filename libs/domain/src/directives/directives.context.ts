import type { WorkingCalendar } from '../calendar';
import type { Organisation } from '../organisation';

/** What the meeting and directive deciders need besides the command and the state: who is who, and the working days. */
export interface DirectivesContext {
  organisation: Organisation;
  calendar: WorkingCalendar;
}
