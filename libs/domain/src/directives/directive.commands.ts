import type { LocalDate } from '../calendar';
import type { Actor } from '../shared';
import type { ChaseChannel, DirectiveSource, ReportingPeriod, DirectiveReportKind } from './directive.types';

/**
 * Commands on stream `directive-<id>`; `type` is the step's name in the HTTP path
 * (`POST /api/directives/:id/<type>`; `register` is `POST /api/directives`, or the issue of a
 * conclusion notice). Optional request fields may be omitted or null.
 */
interface CommandBase {
  directiveId: string;
  actor: Actor;
  now: string;
}

/** A directive as written: `leadAgencies` must name exactly one agency (ONE_LEAD_AGENCY). */
export interface DirectiveInput {
  content: string;
  leadAgencies: string[];
  coAgencies?: string[] | null;
  dueDate?: LocalDate | null;
  reporting?: ReportingPeriod | null;
  followUpSpecialistId: string;
}

export interface RegisterDirective extends CommandBase, DirectiveInput {
  type: 'register';
  source: DirectiveSource;
  directingLeaderId: string;
  fieldCode: string;
}
export interface ChaseDirective extends CommandBase { type: 'chase'; channel: ChaseChannel; note: string; documentRef?: string | null }
/** An agency's report, often registered from the incoming document that carries it. */
export interface ReportDirective extends CommandBase {
  type: 'report';
  kind: DirectiveReportKind;
  summary: string;
  percent?: number | null;
  incomingDocumentId?: string | null;
  reportSymbol?: string | null;
}
export interface AcceptDirective extends CommandBase { type: 'accept'; note?: string | null }
export interface RejectDirective extends CommandBase { type: 'reject'; reason: string }
export interface ExtendDirective extends CommandBase { type: 'extend'; newDueDate: LocalDate; reason: string; agencyRequestRef: string }
export interface EscalateDirective extends CommandBase { type: 'escalate'; obstacle: string; proposal: string }
export interface CancelDirective extends CommandBase { type: 'cancel'; reason: string }
export interface SupersedeDirective extends CommandBase { type: 'supersede'; reason: string; replacedBy: string }

export type DirectiveCommand =
  | RegisterDirective | ChaseDirective | ReportDirective | AcceptDirective | RejectDirective | ExtendDirective | EscalateDirective | CancelDirective
  | SupersedeDirective;
