import type { GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { decideMeeting } from '../meeting.decide';
import type { MeetingEvent } from '../meeting.events';
import { evolveMeeting, initialMeetingState, type MeetingState } from '../meeting.state';
import type { MeetingCommand } from '../meeting.commands';
import { CONTEXT, meetingCmd, meetingHistory } from './directive-fixtures';
import { sessionHistory } from './session-fixtures';

/*
 * The golden decisions of stream `meeting-<id>` (one event of every type the meeting decider writes,
 * from the decider tests' fixed inputs): the session's path from convening to its minutes, the
 * notice's path to its issue, and the two set-backs of a submission.
 */

function fromHistory(events: readonly MeetingEvent[]): GoldenDecision[] {
  return events.map((event, i) => ({
    type: event.type,
    data: event.data,
    fold: (data) => evolveMeeting(events.slice(0, i).reduce(evolveMeeting, initialMeetingState), { ...event, data } as MeetingEvent),
  }));
}

function after(history: readonly MeetingEvent[], command: MeetingCommand): GoldenDecision[] {
  const state: MeetingState = history.reduce(evolveMeeting, initialMeetingState);
  return fromHistory([...history, ...decideMeeting(command, state, CONTEXT)]).slice(history.length);
}

export function meetingGoldenDecisions(): GoldenDecision[] {
  return [
    ...fromHistory(sessionHistory('minutes')),
    ...fromHistory(meetingHistory('issue')).filter((d) => d.type !== 'MeetingHeld'),
    ...after(meetingHistory('submit'), meetingCmd.initial({ agree: false, note: 'Bổ sung thời hạn' })),
    ...after(meetingHistory('initial'), meetingCmd.sign({ decision: 'rejected', note: 'Chưa rõ trách nhiệm' })),
  ];
}
