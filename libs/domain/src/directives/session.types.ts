import { addCalendarDays, dayNumberOf, localDateOf, type LocalDate, type WorkingCalendar } from '../calendar';

/*
 * A Committee session (phiên họp UBND tỉnh) or a leader's working meeting, before it is held: its
 * agenda, its papers (tài liệu phiên họp) and their clock, the members' absences and the attendance,
 * then the minutes (biên bản). QC Art. 9.1.
 */

export const SESSION_KINDS = ['committee_session', 'leader_meeting'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SESSION_KIND_LABELS: Readonly<Record<SessionKind, string>> = {
  committee_session: 'Phiên họp UBND tỉnh',
  leader_meeting: 'Cuộc họp của lãnh đạo UBND tỉnh',
};

/** Một nội dung của chương trình phiên họp; `programmeItemRef` cites an item of the work programme (chương trình công tác), if any. */
export type AgendaItem = { itemId: string; title: string; presentingAgency: string; programmeItemRef: string | null };

/** How long before the session its papers are due, with its unit: the rule is data (DR rule 67), stored with every session. */
export type PapersRule = { days: number; unit: 'calendar' | 'working' };

/**
 * QC Art. 9.1: session papers reach members "ít nhất 3 ngày" before the session. The regulation
 * does not say working days, and a period "tính bằng ngày" is counted in calendar days unless the
 * text says otherwise (Civil Code 2015 Art. 145–147) [INF]: so CALENDAR days, counted back from the
 * session's start. Changing it changes only new sessions: each session stores the rule it was convened with.
 */
export const SESSION_PAPERS_RULE: PapersRule = { days: 3, unit: 'calendar' };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant a session's papers are due: `days` before `startsAt` (calendar), or the same time of
 * day on the working day `days` working days before the session's day (working).
 */
export function papersDueAt(startsAt: string, rule: PapersRule, calendar: WorkingCalendar): string {
  const start = Date.parse(startsAt);
  if (rule.unit === 'calendar') return new Date(start - rule.days * DAY_MS).toISOString();
  const sessionDay = localDateOf(startsAt);
  let day: LocalDate = sessionDay;
  for (let left = rule.days; left > 0; ) {
    day = addCalendarDays(day, -1);
    if (calendar.isWorkingDay(day)) left -= 1;
  }
  // Hà Nội keeps one offset all year: a whole day back is 24 hours back.
  return new Date(start - (dayNumberOf(sessionDay) - dayNumberOf(day)) * DAY_MS).toISOString();
}

/** By how many days `at` is after `due`: 0 when not after, else the days between their dates in Hà Nội, at least 1. */
export function papersDaysLate(due: string, at: string): number {
  if (Date.parse(at) <= Date.parse(due)) return 0;
  return Math.max(1, dayNumberOf(localDateOf(at)) - dayNumberOf(localDateOf(due)));
}

/** A paper's clock as the page shows it: sent on time, sent N days late, not sent and overdue, or not sent yet and not due. */
export type PaperClock = { kind: 'on_time' | 'late' | 'overdue' | 'pending'; daysLate: number };

export function paperClock(paper: { distribution: { at: string } | null }, due: string, now: string): PaperClock {
  if (paper.distribution) {
    const late = papersDaysLate(due, paper.distribution.at);
    return { kind: late > 0 ? 'late' : 'on_time', daysLate: late };
  }
  return Date.parse(now) > Date.parse(due) ? { kind: 'overdue', daysLate: papersDaysLate(due, now) } : { kind: 'pending', daysLate: 0 };
}

/** Tài liệu phiên họp: registered against an agenda item, then distributed to the members. */
export type SessionPaper = {
  paperId: string;
  agendaItemId: string;
  title: string;
  documentId: string | null;
  attachmentHash: string | null;
  registeredBy: string;
  registeredAt: string;
  distribution: { at: string; by: string; late: boolean; daysLate: number } | null;
};

/** A member: a leader's user id, or an invited agency head as the convening text names them. */
export type Absence = {
  member: string;
  reason: string;
  reportedBy: string;
  reportedAt: string;
  decision: { approved: boolean; note: string | null; by: string; at: string } | null;
};

export const PRESENCES = ['present', 'absent_approved', 'absent_unapproved', 'represented'] as const;
export type Presence = (typeof PRESENCES)[number];
export const PRESENCE_LABELS: Readonly<Record<Presence, string>> = {
  present: 'Có mặt',
  absent_approved: 'Vắng mặt có lý do (đã được đồng ý)',
  absent_unapproved: 'Vắng mặt không được đồng ý',
  represented: 'Cử người dự thay',
};
export type AttendanceEntry = { member: string; presence: Presence; representative: string | null };

/** What the convening leader decides about a session: the command's input, the event's data and the state share it. */
export type SessionTerms = {
  kind: SessionKind;
  title: string;
  startsAt: string;
  place: string;
  fieldCode: string;
  presidingLeaderId: string;
  /** Chuyên viên được phân công: registers the papers, records attendance and minutes, then drafts the notice. */
  specialistId: string;
  invitedLeaderIds: string[];
  invitedAgencies: string[];
};

export type Session = SessionTerms & {
  agenda: AgendaItem[];
  papersDue: { due: string; rule: PapersRule };
  convenedBy: string;
  convenedAt: string;
  papers: SessionPaper[];
  absences: Absence[];
  attendance: { entries: AttendanceEntry[]; by: string; at: string } | null;
  minutes: { text: string; attachmentHash: string | null; by: string; at: string } | null;
};

/** Everyone invited, leaders first: the members of attendance. */
export function sessionMembers(session: Pick<Session, 'invitedLeaderIds' | 'invitedAgencies'>): string[] {
  return [...session.invitedLeaderIds, ...session.invitedAgencies];
}
