import type { LocalDate } from '../calendar';
import type { DirectiveEvent } from './directive.events';
import type { ChaseChannel, DirectiveSource, ReportingPeriod } from './directive.types';

/*
 * State machine of a task (stream `directive-<id>`), research/next-domains.md §C.2:
 *
 *   none ──register──▶ assigned ──report (progress)──▶ in_progress
 *   assigned | in_progress ──report (completion)──▶ reported_done ──accept──▶ done
 *   reported_done ──reject──▶ in_progress
 *   assigned | in_progress | reported_done ──cancel──▶ cancelled;  ──supersede──▶ superseded
 *   chases, extensions, obstacles: recorded, status unchanged
 */

export const DIRECTIVE_STATUSES = ['assigned', 'in_progress', 'reported_done', 'done', 'cancelled', 'superseded'] as const;
export type DirectiveStatus = (typeof DIRECTIVE_STATUSES)[number];

export const DIRECTIVE_STATUS_LABELS: Readonly<Record<DirectiveStatus | 'none', string>> = {
  none: 'Chưa giao',
  assigned: 'Đã giao',
  in_progress: 'Đang thực hiện',
  reported_done: 'Đã báo cáo hoàn thành, chờ đánh giá',
  done: 'Đã hoàn thành',
  cancelled: 'Đã hủy',
  superseded: 'Đã được thay thế',
};

export type Chase = { channel: ChaseChannel; note: string; documentRef: string | null; by: string; at: string };
export type AgencyReport = { summary: string; percent: number | null; incomingDocumentId: string | null; reportSymbol: string | null; by: string; at: string };
export type Extension = { previousDueDate: LocalDate; newDueDate: LocalDate; reason: string; agencyRequestRef: string; by: string; at: string };
export type Obstacle = { obstacle: string; proposal: string; by: string; at: string };
export type Assessment = { note: string | null; by: string; at: string };
export type Closing = { reason: string; replacedBy: string | null; by: string; at: string };

/** Everything known about a registered task; what each status guarantees is in the variants below. */
export type DirectiveFacts = {
  directiveId: string;
  source: DirectiveSource;
  content: string;
  leadAgency: string;
  coAgencies: string[];
  /** Thời hạn now (moved by extensions only); null for a task with periodic reporting. */
  dueDate: LocalDate | null;
  /** The due date first given. */
  originalDueDate: LocalDate | null;
  reporting: ReportingPeriod | null;
  directingLeaderId: string;
  fieldCode: string;
  followUpSpecialistId: string;
  registeredBy: string;
  registeredAt: string;
  chases: Chase[];
  progress: AgencyReport[];
  /** The completion report awaiting assessment, or accepted. */
  completion: AgencyReport | null;
  acceptance: Assessment | null;
  rejections: Array<{ reason: string; by: string; at: string }>;
  extensions: Extension[];
  obstacles: Obstacle[];
  closing: Closing | null;
};

type Present<K extends keyof DirectiveFacts> = { [P in K]: NonNullable<DirectiveFacts[P]> };

export type NoDirective = { status: 'none' };
export type AssignedDirective = DirectiveFacts & { status: 'assigned' };
export type InProgressDirective = DirectiveFacts & { status: 'in_progress' };
export type ReportedDoneDirective = DirectiveFacts & Present<'completion'> & { status: 'reported_done' };
export type DoneDirective = DirectiveFacts & Present<'completion' | 'acceptance'> & { status: 'done' };
export type CancelledDirective = DirectiveFacts & Present<'closing'> & { status: 'cancelled' };
export type SupersededDirective = DirectiveFacts & Present<'closing'> & { status: 'superseded' };

export type RegisteredDirective =
  | AssignedDirective | InProgressDirective | ReportedDoneDirective | DoneDirective | CancelledDirective | SupersededDirective;
export type DirectiveState = NoDirective | RegisteredDirective;
export type DirectiveStateOf<S extends DirectiveState['status']> = Extract<DirectiveState, { status: S }>;

export const initialDirectiveState: DirectiveState = { status: 'none' };

const GUARANTEED: Record<DirectiveStatus, (keyof DirectiveFacts)[]> = {
  assigned: [],
  in_progress: [],
  reported_done: ['completion'],
  done: ['completion', 'acceptance'],
  cancelled: ['closing'],
  superseded: ['closing'],
};

/** The only cast of the module: a status with its facts if they give what it guarantees, else the previous state (evolve never throws). */
function become(status: DirectiveStatus, facts: DirectiveFacts, previous: RegisteredDirective): RegisteredDirective {
  return GUARANTEED[status].every((key) => facts[key] !== null) ? ({ ...facts, status } as RegisteredDirective) : previous;
}

function factsOf(state: RegisteredDirective): DirectiveFacts {
  const { status: _status, ...facts } = state;
  return facts;
}

function registered(data: Extract<DirectiveEvent, { type: 'DirectiveRegistered' }>['data']): AssignedDirective {
  const { by, at, ...terms } = data;
  return {
    status: 'assigned', ...terms, originalDueDate: terms.dueDate, registeredBy: by, registeredAt: at, chases: [], progress: [], completion: null,
    acceptance: null, rejections: [], extensions: [], obstacles: [], closing: null,
  };
}

/** Folds one event into the state. Never throws; an event that does not fit is ignored. */
export function evolveDirective(state: DirectiveState, event: DirectiveEvent): DirectiveState {
  if (event.type === 'DirectiveRegistered') return state.status === 'none' ? registered(event.data) : state;
  if (state.status === 'none') return state;
  const facts = factsOf(state);
  switch (event.type) {
    case 'DirectiveChased':
      return become(state.status, { ...facts, chases: [...facts.chases, { ...event.data }] }, state);
    case 'DirectiveProgressReported':
      return become('in_progress', { ...facts, progress: [...facts.progress, { ...event.data }] }, state);
    case 'DirectiveCompletionReported':
      return become('reported_done', { ...facts, completion: { ...event.data, percent: 100 }, acceptance: null }, state);
    case 'DirectiveCompletionAccepted':
      return become('done', { ...facts, acceptance: { ...event.data } }, state);
    case 'DirectiveCompletionRejected':
      return become('in_progress', { ...facts, completion: null, rejections: [...facts.rejections, { ...event.data }] }, state);
    case 'DirectiveDeadlineExtended':
      return become(state.status, { ...facts, dueDate: event.data.newDueDate, extensions: [...facts.extensions, { ...event.data }] }, state);
    case 'DirectiveObstacleReported':
      return become(state.status, { ...facts, obstacles: [...facts.obstacles, { ...event.data }] }, state);
    case 'DirectiveCancelled':
      return become('cancelled', { ...facts, closing: { ...event.data, replacedBy: null } }, state);
    case 'DirectiveSuperseded':
      return become('superseded', { ...facts, closing: { ...event.data } }, state);
    default:
      return state;
  }
}

export function directiveStateFrom(events: readonly DirectiveEvent[]): DirectiveState {
  return events.reduce(evolveDirective, initialDirectiveState);
}
