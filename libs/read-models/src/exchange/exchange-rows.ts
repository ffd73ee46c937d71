import type { IncomingPackageState, OutgoingPackageState } from '@office/domain';
import type { ExchangeInboxRow, ExchangeOutboxRow } from './exchange.entities';

/** The outbox row of a sent package, read from its folded state; null before anything was sent. */
export function outboxRowOf(id: string, state: OutgoingPackageState, lastPosition: bigint): ExchangeOutboxRow | null {
  if (state.status === 'none') return null;
  return {
    id, documentId: state.documentId, symbol: state.symbol, subject: state.subject, recipients: state.to, status: state.status, sentAt: state.sentAt, sentBy: state.sentBy,
    reported: state.reported, recalledAt: state.recall?.at ?? null, recallReason: state.recall?.reason ?? null, state, lastPosition,
  };
}

const NOTHING = {
  fromOrganId: null, fromName: null, symbol: null, subject: null, documentType: null, promulgationDate: null, signer: null, priority: null, dueDate: null,
  files: [], acknowledgeDue: null, statusesSent: [], documentId: null, refusalReason: null, recallReason: null,
};

/** The inbox row of a received (or rejected) package, read from its folded state. */
export function inboxRowOf(id: string, state: IncomingPackageState, lastPosition: bigint): ExchangeInboxRow | null {
  if (state.status === 'none') return null;
  if (state.status === 'rejected') {
    return { id, ...NOTHING, status: 'rejected', receivedAt: state.receivedAt, rejectionReason: state.reason, rejectionErrors: state.errors, state, lastPosition };
  }
  return {
    id, status: state.status, receivedAt: state.receivedAt, fromOrganId: state.from.organId, fromName: state.from.organName, symbol: state.symbol, subject: state.subject,
    documentType: state.documentType, promulgationDate: state.promulgationDate, signer: state.signer, priority: state.priority, dueDate: state.dueDate, files: state.files,
    acknowledgeDue: state.acknowledgeDue.due, statusesSent: state.statusesSent, documentId: state.documentId, refusalReason: state.refusal?.reason ?? null,
    recallReason: state.recall?.reason ?? null, rejectionReason: null, rejectionErrors: [], state, lastPosition,
  };
}
