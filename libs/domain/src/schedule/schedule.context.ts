import type { Organisation } from '../organisation';

/** What the schedule's decider needs besides the command and the state: who is who. */
export interface ScheduleContext {
  organisation: Organisation;
}
