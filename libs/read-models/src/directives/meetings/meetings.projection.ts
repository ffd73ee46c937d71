import { evolveMeeting, initialMeetingState, MEETING_EVENT_TYPES, meetingStreamName, type MeetingState } from '@office/domain';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { entityColumns } from '../entity-columns';
import { applyToStreamRows } from '../stream-rows';
import { MeetingRow } from './meeting.entity';

/** The row of a meeting, read from its state as the domain folds it. */
export function meetingRowOf(id: string, state: MeetingState, lastPosition: bigint): MeetingRow | null {
  if (state.status === 'none') return null;
  const { notice, issue } = state;
  return {
    id, title: state.title, heldOn: state.heldOn, fieldCode: state.fieldCode, presidingLeaderId: state.presidingLeaderId, specialistId: state.specialistId,
    attendees: state.attendees, status: state.status, conclusionDue: state.conclusionDue.due, draftedAt: notice?.at ?? null, draftedLate: notice?.late ?? null,
    excerpt: notice?.excerpt ?? null, directives: notice?.directives ?? [], approvedAt: state.approval?.at ?? null, leaderId: state.submission?.leaderId ?? null,
    signedAt: state.signature?.at ?? null, outgoingNumber: issue?.outgoingNumber ?? null, outgoingYear: issue?.outgoingYear ?? null, symbol: issue?.symbol ?? null,
    issuedAt: issue?.at ?? null, directiveIds: issue?.directiveIds ?? [], state, lastPosition,
  };
}

const MEETINGS = {
  table: 'rm_meetings',
  prefix: meetingStreamName(''),
  columns: entityColumns(MeetingRow),
  initialState: initialMeetingState,
  evolve: evolveMeeting,
  rowOf: meetingRowOf,
};

/** `meetings.v1`: one row per `meeting-<id>` stream with its conclusion notice. */
export const meetingsProjection: Projection = {
  name: PROJECTION_NAMES.meetings,
  handles: new Set<string>(MEETING_EVENT_TYPES),
  tables: ['rm_meetings'],
  apply: (events, tx) => applyToStreamRows(MEETINGS, events, tx),
};
