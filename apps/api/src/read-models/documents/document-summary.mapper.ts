import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from '@office/domain';
import { asOf } from '../deadline-as-of';
import { iso } from '../sql';

/** The columns every summary answer reads (`d` = rm_document_summaries, `f` = org_fields). */
export const SUMMARY_SELECT = `d.id, d.incoming_number, d.incoming_year, d.series, d.status, d.source_agency, d.source_symbol,
  d.source_issued_date::text AS source_issued_date, d.source_signer, d.excerpt, d.document_type, d.field_code, d.urgency, d.confidentiality,
  d.channel, d.pages, d.received_at, d.registered_at, d.department_id, d.assignee_id, d.leader_id, f.office_leader_id, d.outgoing_number,
  d.outgoing_year, d.symbol, d.issued_at, d.archived_at, d.deadlines, d.next_due::text AS next_due, d.completion, d.last_position,
  d.for_information_department_ids, d.for_information_user_ids`;

export interface SummaryRecord {
  id: string;
  incoming_number: number;
  incoming_year: number;
  series: string;
  status: DocumentStatus;
  source_agency: string;
  source_symbol: string;
  source_issued_date: string;
  source_signer: string | null;
  excerpt: string;
  document_type: string;
  field_code: string;
  urgency: string;
  confidentiality: string;
  channel: string;
  pages: number | null;
  received_at: Date;
  registered_at: Date;
  department_id: string | null;
  assignee_id: string | null;
  leader_id: string | null;
  office_leader_id: string | null;
  outgoing_number: number | null;
  outgoing_year: number | null;
  symbol: string | null;
  issued_at: Date | null;
  archived_at: Date | null;
  deadlines: Record<string, { due: string; doneAt: string | null; state: string; calendarVersion: string }>;
  next_due: string | null;
  completion: string | null;
  last_position: string;
  for_information_department_ids: string[];
  for_information_user_ids: string[];
}

export interface DeadlineAnswer {
  due: string;
  doneAt?: string;
  state: string;
  calendarVersion: string;
}

/** API.md `deadlines`: each clock that applies → `{due, doneAt?, state}` as of `today` (plus the calendar version it was computed with). */
export function deadlinesAnswer(deadlines: SummaryRecord['deadlines'], today: string): Record<string, DeadlineAnswer> {
  return Object.fromEntries(
    Object.entries(deadlines).map(([clock, d]) => [clock, { due: d.due, ...(d.doneAt ? { doneAt: d.doneAt } : {}), state: asOf(d, today).state, calendarVersion: d.calendarVersion }]),
  );
}

/** The summary of API.md, from one row; `today` (Asia/Ho_Chi_Minh) decides `overdue`. */
export function summaryAnswer(r: SummaryRecord, today: string) {
  return {
    id: r.id,
    incomingNumber: r.incoming_number,
    incomingYear: r.incoming_year,
    series: r.series,
    status: r.status,
    statusLabel: DOCUMENT_STATUS_LABELS[r.status] ?? r.status,
    source: { agency: r.source_agency, symbol: r.source_symbol, issuedDate: r.source_issued_date, signer: r.source_signer },
    excerpt: r.excerpt,
    documentType: r.document_type,
    fieldCode: r.field_code,
    urgency: r.urgency,
    confidentiality: r.confidentiality,
    channel: r.channel,
    pages: r.pages,
    receivedAt: iso(r.received_at),
    registeredAt: iso(r.registered_at),
    departmentId: r.department_id,
    assigneeId: r.assignee_id,
    leaderId: r.leader_id,
    officeLeaderId: r.office_leader_id,
    outgoingNumber: r.outgoing_number,
    outgoingYear: r.outgoing_year,
    symbol: r.symbol,
    issuedAt: iso(r.issued_at),
    archivedAt: iso(r.archived_at),
    deadlines: deadlinesAnswer(r.deadlines, today),
    nextDue: r.next_due,
    overdue: r.next_due !== null && r.next_due < today,
    completion: r.completion,
    /** Để biết: told by the distribution, without responsibility. */
    forInformation: { departmentIds: r.for_information_department_ids, userIds: r.for_information_user_ids },
    lastPosition: r.last_position,
  };
}

export type SummaryAnswer = ReturnType<typeof summaryAnswer>;
