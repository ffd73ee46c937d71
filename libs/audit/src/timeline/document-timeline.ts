import { documentStateFrom, endOfLocalDay, isLocalDate, type DocumentEvent, type DocumentState, type Organisation } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import { hanoiDateTime, roleLabel, statusLabel, stepLabel, vietnameseDay } from '../labels';

/** One line of a document's history as an auditor reads it. */
export interface TimelineEntry {
  revision: string;
  position: string;
  eventId: string;
  type: string;
  /** Bước. */
  step: string;
  occurredAt: string;
  /** dd/mm/yyyy HH:mm, Asia/Ho_Chi_Minh. */
  when: string;
  actorId: string;
  /** Người thực hiện: full name from the organisation, else the id. */
  actorName: string;
  actorRole: string;
  /** Vai trò. */
  roleLabel: string;
  detail: string;
  prevHash: string;
  hash: string;
}

/** The events of a document stream as a readable Vietnamese timeline. */
export function documentTimeline(events: readonly RecordedEvent[], organisation: Organisation): TimelineEntry[] {
  const names = new Names(organisation);
  return events.map((event) => ({
    revision: event.revision.toString(),
    position: event.position.toString(),
    eventId: event.eventId,
    type: event.type,
    step: stepLabel(event.type),
    occurredAt: event.metadata.occurredAt,
    when: hanoiDateTime(event.metadata.occurredAt),
    actorId: event.metadata.actorId,
    actorName: names.user(event.metadata.actorId),
    actorRole: event.metadata.actorRole,
    roleLabel: roleLabel(event.metadata.actorRole),
    detail: detailOf(event as unknown as DocumentEvent, names),
    prevHash: event.metadata.prevHash,
    hash: event.metadata.hash,
  }));
}

class Names {
  constructor(private readonly organisation: Organisation) {}
  user(id: string | null | undefined): string {
    if (!id) return '';
    return this.organisation.users.find((u) => u.id === id)?.fullName ?? id;
  }
  department(id: string | null | undefined): string {
    return this.organisation.departments.find((d) => d.id === id)?.name ?? id ?? '';
  }
}

const due = (day: string | null | undefined) => (day ? `; hạn ${vietnameseDay(day)}` : '');
const note = (text: string | null | undefined) => (text ? `: ${text}` : '');

/** A short Vietnamese description of what the step recorded. */
function detailOf(event: DocumentEvent, names: Names): string {
  switch (event.type) {
    case 'DocumentReceived': {
      const d = event.data;
      return `Số đến ${d.incomingNumber}/${d.incomingYear}${d.incomingSeries === 'confidential' ? ' (sổ mật)' : ''}; ${d.source.agency}, ${d.source.symbol}: ${d.excerpt}`;
    }
    case 'DocumentDistributed':
      return `Giao ${names.department(event.data.departmentId)}: ${event.data.direction}${due(event.data.dueDate)}`;
    case 'DocumentAssigned':
      return `${event.data.reassignment ? 'Giao lại cho' : 'Giao cho'} ${names.user(event.data.specialistId)}${event.data.reason ? ` (lý do: ${event.data.reason})` : ''}${due(event.data.dueDate)}`;
    case 'DocumentReturned':
      return `Lý do${note(event.data.reason)}`;
    case 'DocumentAppraised':
      return event.data.outcome === 'valid' ? 'Hồ sơ hợp lệ' : 'Hồ sơ cần bổ sung';
    case 'SupplementRequested':
      return `Cần bổ sung: ${event.data.missingItems.join('; ')}`;
    case 'SupplementReceived':
      return `Hạn trình mới ${vietnameseDay(event.data.submitDeadline?.due)}`;
    case 'DocumentSubmitted':
      return `Trình ${names.user(event.data.leaderId)}: ${event.data.draft.excerpt}${event.data.reservedOpinion ? ` (bảo lưu: ${event.data.reservedOpinion})` : ''}`;
    case 'SubmissionInitialled':
      return `Đồng ý${note(event.data.note)}`;
    case 'SubmissionReturned':
    case 'SubmissionRejected':
      return `Ý kiến${note(event.data.note)}`;
    case 'DocumentSigned':
      return `Đã ký${note(event.data.note)}`;
    case 'DocumentIssued':
      return `Số ${event.data.symbol}; ${event.data.copies} bản; nơi nhận: ${event.data.recipients.join('; ')}`;
    case 'DocumentArchived':
      return `Hồ sơ ${event.data.fileCode}; thời hạn bảo quản ${event.data.retention === 'permanent' ? 'vĩnh viễn' : `${event.data.retention} năm`}`;
    case 'DeadlineExtended':
      return `Từ ${vietnameseDay(event.data.previousDueDate)} đến ${vietnameseDay(event.data.newDueDate)}: ${event.data.reason}`;
    default:
      return '';
  }
}

/** A document replayed from its own events up to an instant (inclusive). */
export interface StateAt {
  at: string;
  revision: string | null;
  eventsApplied: number;
  status: DocumentState['status'];
  statusLabel: string;
  state: DocumentState;
}

export function documentStateAt(events: readonly RecordedEvent[], at: Date): StateAt {
  const upTo = events.filter((e) => Date.parse(e.metadata.occurredAt) <= at.getTime());
  const state = documentStateFrom(upTo as unknown as DocumentEvent[]);
  return {
    at: at.toISOString(),
    revision: upTo.length > 0 ? upTo[upTo.length - 1].revision.toString() : null,
    eventsApplied: upTo.length,
    status: state.status,
    statusLabel: statusLabel(state.status),
    state,
  };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** An ISO instant, or a date meaning the end of that day in Hà Nội (UTC+7); null when it is neither. */
export function parseInstantOrDay(at: string): Date | null {
  if (!INSTANT.test(at)) return null;
  if (at.length === 10) return isLocalDate(at) ? new Date(endOfLocalDay(at)) : null;
  const instant = new Date(at);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
