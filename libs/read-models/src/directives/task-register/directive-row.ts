import { localDateOf, type DirectiveState } from '@office/domain';
import type { DirectiveRow } from './directive.entity';

/** The row of a task, read from its state as the domain folds it; null for a stream with nothing registered. */
export function directiveRowOf(id: string, state: DirectiveState, lastPosition: bigint): DirectiveRow | null {
  if (state.status === 'none') return null;
  const lastChase = state.chases[state.chases.length - 1];
  const lastProgress = state.progress[state.progress.length - 1];
  // The agency's latest report: the completion claimed, else the last progress report.
  const report = state.completion ?? lastProgress;
  const closedAt = state.acceptance?.at ?? state.closing?.at ?? null;
  return {
    id, sourceKind: state.source.kind, sourceId: state.source.documentId, sourceSymbol: state.source.symbol, sourceDate: state.source.date,
    content: state.content, leadAgency: state.leadAgency, coAgencies: state.coAgencies, dueDate: state.dueDate, originalDueDate: state.originalDueDate,
    reporting: state.reporting, directingLeaderId: state.directingLeaderId, fieldCode: state.fieldCode, followUpSpecialistId: state.followUpSpecialistId,
    status: state.status, registeredAt: state.registeredAt, registeredOn: localDateOf(state.registeredAt), chases: state.chases.length,
    lastChasedAt: lastChase?.at ?? null, lastProgress: lastProgress?.summary ?? null, lastPercent: lastProgress?.percent ?? null,
    completionReportedAt: state.completion?.at ?? null, reportDocumentId: report?.incomingDocumentId ?? null, reportSymbol: report?.reportSymbol ?? null,
    doneOn: state.status === 'done' ? localDateOf(state.completion.at) : null,
    closedAt, closedOn: closedAt && localDateOf(closedAt), closingReason: state.closing?.reason ?? null,
    extensions: state.extensions.length, obstacles: state.obstacles.length, state, lastPosition,
  };
}
