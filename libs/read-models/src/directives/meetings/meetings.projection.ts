import { evolveMeeting, initialMeetingState, localDateOf, MEETING_EVENT_TYPES, meetingStreamName, sessionMembers, type MeetingState, type Session } from '@office/domain';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { entityColumns } from '../entity-columns';
import { applyToStreamRows } from '../stream-rows';
import { MeetingRow } from './meeting.entity';

type SessionColumns = Pick<MeetingRow, 'kind' | 'startsAt' | 'place' | 'papersDueAt' | 'papersTotal' | 'papersUnsent' | 'papersLate'>;

/** The session's columns; rows of meetings recorded after the fact (or stored before sessions existed) have none. */
function sessionColumns(session: Session | null | undefined): SessionColumns {
  if (!session) return { kind: null, startsAt: null, place: null, papersDueAt: null, papersTotal: 0, papersUnsent: 0, papersLate: 0 };
  const { papers } = session;
  return {
    kind: session.kind, startsAt: session.startsAt, place: session.place, papersDueAt: session.papersDue.due, papersTotal: papers.length,
    papersUnsent: papers.filter((p) => !p.distribution).length, papersLate: papers.filter((p) => p.distribution?.late).length,
  };
}

const NO_NOTICE = {
  draftedAt: null, draftedLate: null, excerpt: null, approvedAt: null, leaderId: null, signedAt: null, outgoingNumber: null, outgoingYear: null, symbol: null, issuedAt: null,
} as const;

/** The row of a meeting, read from its state as the domain folds it; a convened session is listed on its day, before it is held. */
export function meetingRowOf(id: string, state: MeetingState, lastPosition: bigint): MeetingRow | null {
  if (state.status === 'none') return null;
  if (state.status === 'convened') {
    const { session } = state;
    return {
      id, title: session.title, heldOn: localDateOf(session.startsAt), fieldCode: session.fieldCode, presidingLeaderId: session.presidingLeaderId,
      specialistId: session.specialistId, attendees: sessionMembers(session), status: state.status, conclusionDue: null, ...sessionColumns(session), ...NO_NOTICE,
      directives: [], directiveIds: [], state, lastPosition,
    };
  }
  const { notice, issue } = state;
  return {
    id, title: state.title, heldOn: state.heldOn, fieldCode: state.fieldCode, presidingLeaderId: state.presidingLeaderId, specialistId: state.specialistId,
    attendees: state.attendees, status: state.status, conclusionDue: state.conclusionDue.due, ...sessionColumns(state.session), draftedAt: notice?.at ?? null, draftedLate: notice?.late ?? null,
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
