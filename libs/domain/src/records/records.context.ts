import type { Organisation } from '../organisation';
import type { RetentionScheduleState } from './retention-schedule.state';

/** What the file plan and case file deciders need besides the command and the state: who is who, and the retention table in force. */
export interface RecordsContext {
  organisation: Organisation;
  schedule: RetentionScheduleState;
}
