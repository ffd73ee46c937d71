import type { LocalDate } from '../calendar';
import { deadlineState, clockPaused, type ClockName, type DeadlineState } from '../deadlines';
import type { Organisation } from '../organisation';
import { numberedOutgoingSymbol, outgoingSymbolMark } from '../numbering';
import { notSigned } from './signing-path';
import type { DocumentState, RegisteredDocument, TrackedDeadline } from './document.state';
import { refuseReissue } from './document.guards';

export type DeadlineSummary = { due: LocalDate; doneAt: string | null; state: DeadlineState; calendarVersion: string };

/**
 * The clocks of DOMAIN.md §3 that apply to the document, with their state (`GET /api/documents/:id`
 * `deadlines`). `supplement` applies while the dossier may still turn out incomplete (no
 * appraisal yet) or once a supplement was requested; `issue` once signed; `leader` when a
 * leader gave a due date. While a supplement is awaited, `submit` is `paused` (`clockPaused`).
 */
export function documentDeadlines(state: DocumentState): Partial<Record<ClockName, DeadlineSummary>> {
  if (state.status === 'none') return {};
  const { distribute, supplement, submit, issue, leader } = state.deadlines;
  const waiting = state.status === 'supplement_requested';
  const summary: Partial<Record<ClockName, DeadlineSummary>> = { distribute: summarise(distribute), submit: summarise(submit, clockPaused('submit', waiting)) };
  if (supplementApplies(state)) summary.supplement = summarise(supplement);
  if (issue) summary.issue = summarise(issue);
  if (leader) summary.leader = summarise(leader);
  return summary;
}

function supplementApplies(document: RegisteredDocument): boolean {
  if (document.supplement !== null) return true;
  const beforeAppraisal = ['received', 'returned', 'distributed', 'assigned'].includes(document.status);
  return beforeAppraisal && document.appraisal === null;
}

function summarise(deadline: TrackedDeadline, paused = false): DeadlineSummary {
  return { due: deadline.due, doneAt: deadline.doneAt, state: deadlineState(deadline, deadline.doneAt, paused), calendarVersion: deadline.calendarVersion };
}

/**
 * The symbol the application should give a signed document with the allocated `number`:
 * type from the submitted draft, organ from who signed, unit = the handling department's code
 * (or `unitCode`, e.g. API `symbolSuffix`, for a công văn).
 */
export function outgoingSymbolFor(state: DocumentState, number: number, organisation: Organisation, unitCode?: string | null): string {
  return numberedOutgoingSymbol(number, outgoingSymbolMarkFor(state, organisation, unitCode));
}

/**
 * The symbol after its number (`QĐ-UBND`, `VPUBND-KT`), settled before the number is taken, so
 * that a symbol that cannot be made (a công văn without a unit code) takes no number.
 */
export function outgoingSymbolMarkFor(state: DocumentState, organisation: Organisation, unitCode?: string | null): string {
  if (state.status !== 'none') refuseReissue(state);
  if (state.status !== 'signed') throw notSigned();
  const department = organisation.departments.find((d) => d.id === state.departmentId);
  return outgoingSymbolMark({
    documentType: state.submission.draft.documentType,
    signedBy: state.signature.signsAs,
    unitCode: unitCode?.trim() || department?.code || null,
  });
}
