import { localDateOf } from '../calendar';
import { fieldOf } from '../document';
import { hasRole, type Organisation } from '../organisation';
import { forbidden, oneOf, optionalText, requireInstant, requireText, ruleViolation, textList, type Actor } from '../shared';
import { requireLeader, requireSpecialist } from './directive.inputs';
import type { DirectivesContext } from './directives.context';
import type { MeetingEvent } from './meeting.events';
import type { MeetingState } from './meeting.state';
import { guardMeetingStep } from './meeting.turns';
import type {
  ConveneSession, DecideAbsence, DistributeSessionPapers, RecordAttendance, RecordMinutes, RegisterSessionPaper, ReportAbsence, SessionCommand,
} from './session.commands';
import type { SessionConvened } from './session.events';
import { papersDaysLate, papersDueAt, PRESENCES, SESSION_KINDS, SESSION_PAPERS_RULE, sessionMembers, type AgendaItem, type AttendanceEntry, type Session } from './session.types';

/** A session's agenda has from 1 to this many items. */
const MAX_AGENDA_ITEMS = 50;
const SHA256 = /^[0-9a-f]{64}$/;

const stampOf = (command: { actor: Actor; now: string }) => ({ by: command.actor.userId, at: command.now });
const optionalHash = (value: string | null | undefined, field: string): string | null => {
  const hash = optionalText(value);
  if (hash !== null && !SHA256.test(hash)) throw ruleViolation('INVALID_ATTACHMENT_HASH', 'Mã băm tệp đính kèm phải là SHA-256 (64 ký tự hexa thường)', field);
  return hash;
};

function agendaOf(items: ConveneSession['agenda']): AgendaItem[] {
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_AGENDA_ITEMS) {
    throw ruleViolation('AGENDA_REQUIRED', `Chương trình phiên họp cần từ 1 đến ${MAX_AGENDA_ITEMS} nội dung`, 'agenda');
  }
  const agenda = items.map((item, i) => ({
    itemId: requireText(item?.itemId, `agenda[${i}].itemId`, 'REQUIRED', 'Thiếu mã nội dung'),
    title: requireText(item.title, `agenda[${i}].title`, 'TITLE_REQUIRED', 'Cần ghi tên nội dung'),
    presentingAgency: requireText(item.presentingAgency, `agenda[${i}].presentingAgency`, 'PRESENTING_AGENCY_REQUIRED', 'Cần ghi cơ quan trình'),
    programmeItemRef: optionalText(item.programmeItemRef),
  }));
  if (new Set(agenda.map((a) => a.itemId)).size !== agenda.length) throw ruleViolation('DUPLICATE_AGENDA_ITEM', 'Mã nội dung bị trùng', 'agenda');
  return agenda;
}

/** A Committee session is presided by the Chairman or a Vice-Chairman; a leader's meeting by any leader. */
function presidingOf(command: ConveneSession, organisation: Organisation): string {
  const leaderId = requireLeader(command.presidingLeaderId, organisation, 'presidingLeaderId', 'PRESIDING_NOT_A_LEADER');
  const leader = organisation.users.find((u) => u.id === leaderId)!;
  if (command.kind === 'committee_session' && !hasRole(leader, 'committee_chairman', 'committee_vice_chairman')) {
    throw ruleViolation('SESSION_PRESIDED_BY_COMMITTEE_LEADER', 'Phiên họp UBND tỉnh do Chủ tịch hoặc Phó Chủ tịch UBND tỉnh chủ trì', 'presidingLeaderId');
  }
  return leaderId;
}

/** Triệu tập: a session in the future, its agenda and members; the papers' due instant is fixed now from the rule (QC Art. 9.1). */
function convene(command: ConveneSession, state: MeetingState, { organisation, calendar }: DirectivesContext): MeetingEvent[] {
  guardMeetingStep('convene', state, command.actor, organisation);
  const startsAt = requireInstant(command.startsAt, 'startsAt');
  if (Date.parse(startsAt) <= Date.parse(command.now)) throw ruleViolation('SESSION_IN_PAST', 'Chỉ triệu tập phiên họp chưa diễn ra', 'startsAt');
  const invitedLeaderIds = [...new Set(Array.isArray(command.invitedLeaderIds) ? command.invitedLeaderIds : [])].map((id, i) =>
    requireLeader(id, organisation, `invitedLeaderIds[${i}]`, 'INVITED_NOT_A_LEADER'),
  );
  const invitedAgencies = Array.isArray(command.invitedAgencies) && command.invitedAgencies.length === 0 ? [] : textList(command.invitedAgencies, 'invitedAgencies', 'MEMBERS_REQUIRED', 'Cần ghi thành phần được mời');
  if (invitedLeaderIds.length + invitedAgencies.length === 0) throw ruleViolation('MEMBERS_REQUIRED', 'Cần ghi thành phần được mời', 'invitedAgencies');
  const convened: SessionConvened['data'] = {
    meetingId: requireText(command.meetingId, 'meetingId', 'REQUIRED', 'Thiếu mã cuộc họp'),
    kind: oneOf(command.kind, SESSION_KINDS, 'kind', `kind phải là một trong ${SESSION_KINDS.join(', ')}`),
    title: requireText(command.title, 'title', 'TITLE_REQUIRED', 'Cần ghi tên phiên họp'),
    startsAt,
    place: requireText(command.place, 'place', 'PLACE_REQUIRED', 'Cần ghi địa điểm họp'),
    fieldCode: fieldOf({ fieldCode: command.fieldCode }, organisation).code,
    presidingLeaderId: presidingOf(command, organisation),
    specialistId: requireSpecialist(command.specialistId, organisation, 'specialistId'),
    invitedLeaderIds,
    invitedAgencies,
    agenda: agendaOf(command.agenda),
    papersDue: { due: papersDueAt(startsAt, SESSION_PAPERS_RULE, calendar), rule: SESSION_PAPERS_RULE },
    ...stampOf(command),
  };
  return [{ type: 'SessionConvened', data: convened }];
}

function registerPaper(command: RegisterSessionPaper, session: Session): MeetingEvent[] {
  const paperId = requireText(command.paperId, 'paperId', 'REQUIRED', 'Thiếu mã tài liệu');
  if (session.papers.some((p) => p.paperId === paperId)) throw ruleViolation('DUPLICATE_PAPER', 'Tài liệu đã được đăng ký', 'paperId');
  if (!session.agenda.some((a) => a.itemId === command.agendaItemId)) throw ruleViolation('UNKNOWN_AGENDA_ITEM', 'Nội dung không có trong chương trình phiên họp', 'agendaItemId');
  return [
    {
      type: 'SessionPaperRegistered',
      data: {
        paperId, agendaItemId: command.agendaItemId, title: requireText(command.title, 'title', 'TITLE_REQUIRED', 'Cần ghi tên tài liệu'),
        documentId: optionalText(command.documentId), attachmentHash: optionalHash(command.attachmentHash, 'attachmentHash'), ...stampOf(command),
      },
    },
  ];
}

/** Gửi tài liệu đến thành viên: after the due instant it is recorded as late with the days, never refused (it happens). */
function distributePapers(command: DistributeSessionPapers, session: Session): MeetingEvent[] {
  const paperIds = textList(command.paperIds, 'paperIds', 'PAPERS_REQUIRED', 'Cần chọn tài liệu để gửi');
  for (const paperId of paperIds) {
    const paper = session.papers.find((p) => p.paperId === paperId);
    if (!paper) throw ruleViolation('UNKNOWN_PAPER', `Tài liệu ${paperId} chưa được đăng ký`, 'paperIds');
    if (paper.distribution) throw ruleViolation('PAPER_ALREADY_DISTRIBUTED', `Tài liệu "${paper.title}" đã được gửi`, 'paperIds');
  }
  const late = papersDaysLate(session.papersDue.due, command.now);
  return [{ type: 'SessionPapersDistributed', data: { paperIds, late: late > 0, daysLate: late, ...stampOf(command) } }];
}

const requireMember = (session: Session, member: unknown, field: string): string => {
  if (typeof member !== 'string' || !sessionMembers(session).includes(member)) throw ruleViolation('NOT_INVITED', 'Không có trong thành phần được mời', field);
  return member;
};
const beforeStart = (session: Session, now: string, rule: string, message: string) => {
  if (Date.parse(now) >= Date.parse(session.startsAt)) throw ruleViolation(rule, message);
};

/** Vắng mặt có lý do: reported before the session; a leader reports only their own (the specialist anyone's). */
function reportAbsence(command: ReportAbsence, session: Session): MeetingEvent[] {
  const member = requireMember(session, command.member, 'member');
  if (command.actor.userId !== session.specialistId && member !== command.actor.userId) throw forbidden('ABSENCE_OF_ANOTHER_MEMBER', 'Thành viên chỉ báo cáo vắng mặt của chính mình');
  beforeStart(session, command.now, 'ABSENCE_AFTER_SESSION_START', 'Báo cáo vắng mặt phải gửi trước giờ họp');
  if (session.absences.some((a) => a.member === member && a.decision !== null)) throw ruleViolation('ABSENCE_ALREADY_DECIDED', 'Lãnh đạo chủ trì đã cho ý kiến về việc vắng mặt này', 'member');
  return [{ type: 'SessionAbsenceReported', data: { member, reason: requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Cần ghi lý do vắng mặt'), ...stampOf(command) } }];
}

function decideAbsence(command: DecideAbsence, session: Session): MeetingEvent[] {
  const member = requireMember(session, command.member, 'member');
  const absence = session.absences.find((a) => a.member === member);
  if (!absence) throw ruleViolation('ABSENCE_NOT_REPORTED', 'Thành viên này chưa báo cáo vắng mặt', 'member');
  if (absence.decision) throw ruleViolation('ABSENCE_ALREADY_DECIDED', 'Đã cho ý kiến về việc vắng mặt này', 'member');
  if (session.attendance) throw ruleViolation('ATTENDANCE_ALREADY_RECORDED', 'Đã điểm danh phiên họp');
  if (typeof command.approved !== 'boolean') throw ruleViolation('INVALID_VALUE', 'approved phải là true hoặc false', 'approved');
  return [{ type: 'SessionAbsenceDecided', data: { member, approved: command.approved, note: optionalText(command.note), ...stampOf(command) } }];
}

/** Điểm danh: on or after the session's start, every member once; "absent approved" only with the presiding leader's consent. */
function recordAttendance(command: RecordAttendance, session: Session): MeetingEvent[] {
  if (Date.parse(command.now) < Date.parse(session.startsAt)) throw ruleViolation('ATTENDANCE_BEFORE_SESSION', 'Chỉ điểm danh khi phiên họp đã bắt đầu');
  if (session.attendance) throw ruleViolation('ATTENDANCE_ALREADY_RECORDED', 'Đã điểm danh phiên họp');
  const entries: AttendanceEntry[] = (Array.isArray(command.entries) ? command.entries : []).map((entry, i) => {
    const member = requireMember(session, entry?.member, `entries[${i}].member`);
    const presence = oneOf(entry.presence, PRESENCES, `entries[${i}].presence`, `presence phải là một trong ${PRESENCES.join(', ')}`);
    const approved = session.absences.some((a) => a.member === member && a.decision?.approved === true);
    if (presence === 'absent_approved' && !approved) throw ruleViolation('ABSENCE_NOT_APPROVED', 'Vắng mặt chưa được lãnh đạo chủ trì đồng ý', `entries[${i}].presence`);
    const representative = presence === 'represented' ? requireText(entry.representative, `entries[${i}].representative`, 'REPRESENTATIVE_REQUIRED', 'Cần ghi người dự thay') : null;
    return { member, presence, representative };
  });
  const members = sessionMembers(session);
  if (entries.length !== members.length || new Set(entries.map((e) => e.member)).size !== members.length) {
    throw ruleViolation('ATTENDANCE_INCOMPLETE', 'Cần điểm danh mỗi thành viên được mời đúng một lần', 'entries');
  }
  return [{ type: 'SessionAttendanceRecorded', data: { entries, ...stampOf(command) } }];
}

/**
 * Biên bản, after the session, by its specialist: then `MeetingHeld`, so the conclusion notice's
 * path runs as for any meeting, its 3-working-day clock from the session's day.
 */
function recordMinutes(command: RecordMinutes, session: Session, heldFrom: HeldFrom, context: DirectivesContext): MeetingEvent[] {
  if (Date.parse(command.now) < Date.parse(session.startsAt)) throw ruleViolation('MINUTES_BEFORE_SESSION', 'Chỉ ghi biên bản sau khi phiên họp diễn ra');
  if (!session.attendance) throw ruleViolation('ATTENDANCE_NOT_RECORDED', 'Cần điểm danh thành phần dự họp trước khi ghi biên bản');
  const names = new Map(context.organisation.users.map((u) => [u.id, u.fullName]));
  const attendees = session.attendance.entries
    .filter((e) => e.presence === 'present' || e.presence === 'represented')
    .map((e) => `${names.get(e.member) ?? e.member}${e.representative ? ` (cử ${e.representative} dự thay)` : ''}`);
  const text = requireText(command.text, 'text', 'MINUTES_REQUIRED', 'Cần ghi nội dung biên bản');
  return [
    { type: 'SessionMinutesRecorded', data: { text, attachmentHash: optionalHash(command.attachmentHash, 'attachmentHash'), ...stampOf(command) } },
    heldFrom({ meetingId: command.meetingId, title: session.title, heldOn: localDateOf(session.startsAt), fieldCode: session.fieldCode, presidingLeaderId: session.presidingLeaderId, attendees }, command),
  ];
}

/** How the meeting decider writes `MeetingHeld` (one place, with the notice's clock). */
export type HeldFrom = (
  facts: { meetingId: string; title: string; heldOn: string; fieldCode: string; presidingLeaderId: string; attendees: string[] },
  command: { actor: Actor; now: string },
) => MeetingEvent;

/** The decider of a session's steps before it is held (QC Art. 9.1); pure, like the meeting's. */
export function decideSession(command: SessionCommand, state: MeetingState, context: DirectivesContext, heldFrom: HeldFrom): MeetingEvent[] {
  if (command.type === 'convene') return convene(command, state, context);
  const { session } = guardMeetingStep(command.type, state, command.actor, context.organisation);
  switch (command.type) {
    case 'papers':
      return registerPaper(command, session);
    case 'distribute-papers':
      return distributePapers(command, session);
    case 'report-absence':
      return reportAbsence(command, session);
    case 'decide-absence':
      return decideAbsence(command, session);
    case 'attendance':
      return recordAttendance(command, session);
    case 'minutes':
      return recordMinutes(command, session, heldFrom, context);
  }
}
