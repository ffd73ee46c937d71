import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { deciderSpec } from '../testing/given-when-then';
import type { IssueConclusion, MeetingCommand } from './meeting.commands';
import { decideMeeting } from './meeting.decide';
import type { MeetingEvent } from './meeting.events';
import { stampConclusionNumber } from './meeting.numbers';
import { decideConclusionIssue } from './meeting.signing';
import { evolveMeeting, initialMeetingState, type MeetingState } from './meeting.state';
import { actor, CONTEXT, meetingAt, meetingCmd, meetingHistory, TASK_IDS } from './testing/directive-fixtures';

/** The issue as the API writes it: decided without its number, then stamped with the one the allocator gave. */
const issued = (number: number) =>
  deciderSpec<IssueConclusion, MeetingState, MeetingEvent, typeof CONTEXT>(
    { decide: (command, state, context) => [stampConclusionNumber(decideConclusionIssue(command, state, context), number)], evolve: evolveMeeting, initialState: initialMeetingState },
    CONTEXT,
  );

const issue = (o: Partial<IssueConclusion> = {}) => meetingCmd.issue(o) as IssueConclusion;

describe('stampConclusionNumber: the notice is issued once, and its outgoing number and symbol stamped after', () => {
  it('stamps the number and the Thông báo symbol where decideMeeting writes them: the very same event, field order included', () => {
    const history = meetingHistory('sign');
    const { events } = issued(12)(history).when(issue()).then([expect.objectContaining({ type: 'ConclusionNoticeIssued' }) as MeetingEvent]);
    expect(events[0]).toMatchObject({ data: { outgoingNumber: 12, outgoingYear: 2026, symbol: '12/TB-VPUBND', directiveIds: TASK_IDS } });
    const decided: MeetingCommand = issue({ outgoingNumber: 12 });
    expect(JSON.stringify(events)).toBe(JSON.stringify(decideMeeting(decided, meetingAt('sign'), CONTEXT)));
  });

  it('a refused issue is refused by the decision alone, before any number exists', () => {
    const { outgoingNumber: _number, ...unnumbered } = issue();
    expect(() => decideConclusionIssue(unnumbered, meetingAt('initial'), CONTEXT)).toThrow(expect.objectContaining({ rule: 'NOT_SIGNED' }));
    expect(() => decideConclusionIssue({ ...unnumbered, actor: actor('cv.kt1') }, meetingAt('sign'), CONTEXT)).toThrow(expect.objectContaining({ rule: 'CLERK_ONLY' }));
    expect(() => decideConclusionIssue({ ...unnumbered, directiveIds: TASK_IDS.slice(0, 1) }, meetingAt('sign'), CONTEXT)).toThrow(expect.objectContaining({ rule: 'DIRECTIVE_IDS_MISMATCH' }));
  });

  it.each([0, -2, 3.5])('RULE_VIOLATION INVALID_NUMBER: a number %s is never stamped', (number) => {
    issued(number)(meetingHistory('sign')).when(issue()).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_NUMBER', field: 'outgoingNumber' });
  });
});
