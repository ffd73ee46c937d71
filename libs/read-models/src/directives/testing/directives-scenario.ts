import {
  decideDirective, directiveStreamName, evolveDirective, initialDirectiveState, meetingStreamName, noticeTasks,
  type DirectiveCommand,
} from '@office/domain';
import { actor, DIRECTIVE_ID, CONTEXT, M, MEETING_ID, meetingAt, meetingHistory, TASK_IDS, taskCmd, vn } from '@office/domain/directives/testing/directive-fixtures';
import type { JsonObject } from '@office/event-store';
import type { ScenarioEvent } from '../../../../../apps/projector/src/testing/scenario';

/*
 * A month of leaders' directives decided by the real rules (times in Hà Nội): a meeting on Mon
 * 2/3/2026 whose notice 05/TB-VPUBND is issued on 6/3 with two directives, and three tasks from
 * official letters. As of Mon 20/4/2026:
 *   notice[0]  UBND huyện Đông Anh, due 31/3, completion reported 30/3, accepted → done on time
 *   notice[1]  Sở Kế hoạch và Đầu tư, monthly reporting → not done, in time (never late)
 *   letter     Sở Kế hoạch và Đầu tư, due 31/3 extended to 15/4, chased, an obstacle → not done, overdue
 *   late       UBND huyện Đông Anh, due 20/3, completion reported 25/3, accepted 26/3 → done late
 *   cancelled  Sở Tài chính, cancelled → not counted
 */

export const TASK = {
  fromNotice: TASK_IDS[0],
  periodic: TASK_IDS[1],
  letter: DIRECTIVE_ID,
  late: '0b6f5a3e-0000-4000-8000-0000000000b1',
  cancelled: '0b6f5a3e-0000-4000-8000-0000000000b2',
} as const;

export { MEETING_ID };

function events<E extends { type: string; data: { by: string } }>(stream: string, decided: readonly E[]): ScenarioEvent[] {
  return decided.map((e) => ({ stream, type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by }));
}

function task(directiveId: string, commands: DirectiveCommand[]): ScenarioEvent[] {
  let state = initialDirectiveState;
  const decided = commands.flatMap((command) => {
    const out = decideDirective({ ...command, directiveId }, state, CONTEXT);
    state = out.reduce(evolveDirective, state);
    return out;
  });
  return events(directiveStreamName(directiveId), decided);
}

export function directivesScenario(): ScenarioEvent[] {
  const [fromNotice, periodic] = noticeTasks(meetingAt('issue'), actor('vanthu1'), M.issued);
  return [
    ...events(meetingStreamName(MEETING_ID), meetingHistory('issue')),
    ...task(TASK.fromNotice, [fromNotice, taskCmd.progress({ now: vn('2026-03-16') }), taskCmd.complete(), taskCmd.accept()]),
    ...task(TASK.periodic, [periodic]),
    ...task(TASK.letter, [taskCmd.register(), taskCmd.chase(), taskCmd.extend(), taskCmd.escalate()]),
    ...task(TASK.late, [
      taskCmd.register({ leadAgencies: ['UBND huyện Đông Anh'], coAgencies: [], dueDate: '2026-03-20', content: 'Báo cáo kết quả kiểm tra an toàn công trình' }),
      taskCmd.complete({ now: vn('2026-03-25') }),
      taskCmd.accept({ now: vn('2026-03-26') }),
    ]),
    ...task(TASK.cancelled, [taskCmd.register({ leadAgencies: ['Sở Tài chính'], coAgencies: [] }), taskCmd.cancel()]),
  ];
}
