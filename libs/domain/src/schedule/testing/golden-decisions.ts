import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { decideScheduleWeek } from '../schedule.decide';
import { evolveScheduleWeek, initialScheduleWeekState } from '../schedule.state';
import { cmd, CONTEXT, OTHER_ENTRY_ID } from './schedule-fixtures';

/* One event of every type a week's schedule holds, from the decider tests' fixed inputs. */

/** Two entries drafted, the week published, one revised with its reason, the other cancelled. */
export const scheduleGoldenDecisions = (): GoldenDecision[] =>
  stream((c, s) => decideScheduleWeek(c, s, CONTEXT), evolveScheduleWeek, initialScheduleWeekState, [
    cmd.draft(),
    cmd.draft({ entryId: OTHER_ENTRY_ID, content: 'Tiếp công dân định kỳ' }),
    cmd.publish(),
    cmd.revise({ reason: 'Phòng họp số 1 đang sửa chữa' }),
    cmd.cancel({ entryId: OTHER_ENTRY_ID, reason: 'Lùi sang tuần sau' }),
  ]);
