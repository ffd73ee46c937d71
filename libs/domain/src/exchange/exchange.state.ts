import type { IncomingPackageEvent, OutgoingPackageEvent } from './exchange.events';
import type { AcknowledgeDue, ExchangeAgency, ExchangeStatus, ReceivedPackageFacts } from './exchange.types';

/*
 * A sent package (`exchange-out-<id>`):   none ──send──▶ sent ──recall──▶ recalled; statuses recorded in both.
 * A received one (`exchange-in-<id>`):    none ──receive──▶ arrived ──register──▶ registered
 *                                                                   ──refuse──▶ refused
 *                                          none ──reject (schema)──▶ rejected
 * Statuses sent back and a recall are recorded in any state after arrival.
 */

export type ReportedStatus = { organId: string; status: ExchangeStatus; description: string; reportedAt: string };

export type OutgoingPackageState =
  | { status: 'none' }
  | {
      status: 'sent' | 'recalled';
      packageId: string;
      documentId: string;
      symbol: string;
      subject: string;
      to: ExchangeAgency[];
      sentAt: string;
      sentBy: string;
      packageSha256: string;
      reported: ReportedStatus[];
      recall: { reason: string; by: string; at: string } | null;
    };

export type IncomingPackageFacts = ReceivedPackageFacts & {
  packageId: string;
  receivedAt: string;
  /** Thông báo đã nhận the same (working) day: ND30 Art. 21. */
  acknowledgeDue: AcknowledgeDue;
  statusesSent: ExchangeStatus[];
  documentId: string | null;
  refusal: { reason: string; by: string; at: string } | null;
  recall: { reason: string; at: string } | null;
};

export type IncomingPackageState =
  | { status: 'none' }
  | { status: 'rejected'; packageId: string; reason: string; errors: string[]; receivedAt: string }
  | (IncomingPackageFacts & { status: 'arrived' | 'registered' | 'refused' });

export const initialOutgoingPackageState: OutgoingPackageState = { status: 'none' };
export const initialIncomingPackageState: IncomingPackageState = { status: 'none' };

export function evolveOutgoingPackage(state: OutgoingPackageState, event: OutgoingPackageEvent): OutgoingPackageState {
  if (event.type === 'ExchangePackageSent') {
    const d = event.data;
    return state.status === 'none'
      ? { status: 'sent', packageId: d.packageId, documentId: d.documentId, symbol: d.symbol, subject: d.subject, to: d.to, sentAt: d.at, sentBy: d.by, packageSha256: d.packageSha256, reported: [], recall: null }
      : state;
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ExchangeStatusReceived': {
      const { organId, status, description, reportedAt } = event.data;
      return { ...state, reported: [...state.reported, { organId, status, description, reportedAt }] };
    }
    case 'ExchangePackageRecalled':
      return { ...state, status: 'recalled', recall: { reason: event.data.reason, by: event.data.by, at: event.data.at } };
  }
}

export function evolveIncomingPackage(state: IncomingPackageState, event: IncomingPackageEvent): IncomingPackageState {
  if (state.status === 'none') {
    if (event.type === 'ExchangePackageRejected') {
      const { packageId, reason, errors, at } = event.data;
      return { status: 'rejected', packageId, reason, errors, receivedAt: at };
    }
    if (event.type !== 'ExchangePackageReceived') return state;
    const { by: _by, at, packageSha256: _sha, ...facts } = event.data;
    return { ...facts, status: 'arrived', receivedAt: at, statusesSent: [], documentId: null, refusal: null, recall: null };
  }
  if (state.status === 'rejected') return state;
  switch (event.type) {
    case 'ExchangeStatusSent':
      return { ...state, statusesSent: [...state.statusesSent, event.data.status] };
    case 'ExchangePackageRegistered':
      return { ...state, status: 'registered', documentId: event.data.documentId };
    case 'ExchangePackageRefused':
      return { ...state, status: 'refused', refusal: { reason: event.data.reason, by: event.data.by, at: event.data.at } };
    case 'ExchangeRecallReceived':
      return { ...state, recall: { reason: event.data.reason, at: event.data.at } };
    default:
      return state;
  }
}
