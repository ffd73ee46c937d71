import type { IncomingPackageEvent, OutgoingPackageEvent } from './exchange.events';
import type { AcknowledgeDue, DeliveredMessage, ExchangeAgency, ExchangeStatus, ReceiptRejection, ReceivedPackageFacts } from './exchange.types';

/*
 * A sent package (`exchange-out-<id>`):   none ──send──▶ sent ──recall──▶ recalled; statuses recorded in both.
 * A received one (`exchange-in-<id>`):    none ──receive──▶ arrived ──claim, register──▶ registered
 *                                                                   ──refuse──▶ refused
 *                                          none ──reject (schema, or a signature that fails)──▶ rejected
 * Statuses sent back and a recall are recorded in any state after arrival; each delivery of a sent
 * package (or of its recall) to a receiver's inbox is recorded on the sent one.
 */

export type Delivery = { organId: string; message: DeliveredMessage };

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
      delivered: Delivery[];
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
  /** Đang vào sổ: the clerk registering it and the id its document will have. */
  claim: { documentId: string; by: string; at: string } | null;
};

export type IncomingPackageState =
  | { status: 'none' }
  | { status: 'rejected'; packageId: string; rule: ReceiptRejection; reason: string; errors: string[]; receivedAt: string }
  | (IncomingPackageFacts & { status: 'arrived' | 'registered' | 'refused' });

export const initialOutgoingPackageState: OutgoingPackageState = { status: 'none' };
export const initialIncomingPackageState: IncomingPackageState = { status: 'none' };

export function evolveOutgoingPackage(state: OutgoingPackageState, event: OutgoingPackageEvent): OutgoingPackageState {
  if (event.type === 'ExchangePackageSent') {
    const d = event.data;
    return state.status === 'none'
      ? { status: 'sent', packageId: d.packageId, documentId: d.documentId, symbol: d.symbol, subject: d.subject, to: d.to, sentAt: d.at, sentBy: d.by, packageSha256: d.packageSha256, reported: [], recall: null, delivered: [] }
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
    case 'ExchangePackageDelivered':
      return { ...state, delivered: [...state.delivered, { organId: event.data.organId, message: event.data.message }] };
  }
}

export function evolveIncomingPackage(state: IncomingPackageState, event: IncomingPackageEvent): IncomingPackageState {
  if (state.status === 'none') {
    if (event.type === 'ExchangePackageRejected' || event.type === 'ExchangePackageSignatureRejected') {
      const { packageId, reason, errors, at } = event.data;
      const rule = event.type === 'ExchangePackageRejected' ? 'EDXML_SCHEMA_INVALID' : 'RECEIVE_INVALID_SIGNATURE';
      return { status: 'rejected', packageId, rule, reason, errors, receivedAt: at };
    }
    if (event.type !== 'ExchangePackageReceived') return state;
    const { by: _by, at, packageSha256: _sha, ...facts } = event.data;
    return { ...facts, status: 'arrived', receivedAt: at, statusesSent: [], documentId: null, refusal: null, recall: null, claim: null };
  }
  if (state.status === 'rejected') return state;
  switch (event.type) {
    case 'ExchangeStatusSent':
      return { ...state, statusesSent: [...state.statusesSent, event.data.status] };
    case 'ExchangeRegistrationClaimed':
      return { ...state, claim: { documentId: event.data.documentId, by: event.data.by, at: event.data.at } };
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
