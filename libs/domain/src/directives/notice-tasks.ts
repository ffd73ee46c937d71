import { localDateOf } from '../calendar';
import type { Actor } from '../shared';
import type { RegisterDirective } from './directive.commands';
import type { MeetingState } from './meeting.state';

/**
 * Each directive of an issued conclusion notice becomes a task (`directive-<id>`): the source is the
 * notice (số, ký hiệu, the day it was issued), the presiding leader directed it, the field is the
 * meeting's. Registered by whoever issued the notice, at that moment. None before the issue.
 */
export function noticeTasks(meeting: MeetingState, actor: Actor, now: string): RegisterDirective[] {
  if (meeting.status !== 'issued') return [];
  const { issue, notice } = meeting;
  return notice.directives.map((terms, i) => ({
    type: 'register',
    directiveId: issue.directiveIds[i],
    source: { kind: 'conclusion_notice', documentId: meeting.meetingId, symbol: issue.symbol, date: localDateOf(issue.at) },
    content: terms.content,
    leadAgencies: [terms.leadAgency],
    coAgencies: terms.coAgencies,
    dueDate: terms.dueDate,
    reporting: terms.reporting,
    followUpSpecialistId: terms.followUpSpecialistId,
    directingLeaderId: meeting.presidingLeaderId,
    fieldCode: meeting.fieldCode,
    actor,
    now,
  }));
}
