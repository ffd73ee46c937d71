import type { MeetingEvent } from './meeting.events';
import type { SessionConvened } from './session.events';
import type { Session } from './session.types';

/** A session convened and not yet held (status `convened` of the meeting). */
export type ConvenedMeeting = { status: 'convened'; meetingId: string; session: Session };

export function convenedMeeting({ data }: SessionConvened): ConvenedMeeting {
  const { meetingId, by, at, ...terms } = data;
  return { status: 'convened', meetingId, session: { ...terms, convenedBy: by, convenedAt: at, papers: [], absences: [], attendance: null, minutes: null } };
}

/** The convened session after an event of its stream; evolve never throws, an event that does not fit changes nothing. */
export function evolveSession(session: Session, event: MeetingEvent): Session {
  switch (event.type) {
    case 'SessionPaperRegistered': {
      const { by, at, ...paper } = event.data;
      return { ...session, papers: [...session.papers, { ...paper, registeredBy: by, registeredAt: at, distribution: null }] };
    }
    case 'SessionPapersDistributed': {
      const { paperIds, late, daysLate, by, at } = event.data;
      return { ...session, papers: session.papers.map((p) => (paperIds.includes(p.paperId) ? { ...p, distribution: { at, by, late, daysLate } } : p)) };
    }
    case 'SessionAbsenceReported': {
      const { member, reason, by, at } = event.data;
      const others = session.absences.filter((a) => a.member !== member);
      return { ...session, absences: [...others, { member, reason, reportedBy: by, reportedAt: at, decision: null }] };
    }
    case 'SessionAbsenceDecided': {
      const { member, ...decision } = event.data;
      return { ...session, absences: session.absences.map((a) => (a.member === member ? { ...a, decision } : a)) };
    }
    case 'SessionAttendanceRecorded':
      return { ...session, attendance: { ...event.data } };
    case 'SessionMinutesRecorded':
      return { ...session, minutes: { ...event.data } };
    default:
      return session;
  }
}
