import type { AcknowledgeDue, DeliveredMessage, ExchangeAgency, ExchangeStatus, ReceivedPackageFacts } from './exchange.types';

/*
 * The events of inter-agency exchange (liên thông văn bản, research/next-domains.md §E.3): a public
 * contract; type strings are fixed forever. Two streams per package:
 *   `exchange-out-<packageId>`: a package this office sent, and what its receivers reported back;
 *   `exchange-in-<packageId>`:  a package another agency sent here, and what the office did with it.
 * Every event says who (`by`, the system for what the watcher records) and when (`at`).
 */
type Stamp = { by: string; at: string };

/** Gửi liên thông: an issued document, packaged as edXML (its SHA-256 names the exact bytes sent). */
export type ExchangePackageSent = {
  type: 'ExchangePackageSent';
  data: Stamp & { packageId: string; documentId: string; symbol: string; subject: string; to: ExchangeAgency[]; packageSha256: string };
};

/** A receiver's status (đã đến, đã tiếp nhận, phân công …), as it reported it. */
export type ExchangeStatusReceived = {
  type: 'ExchangeStatusReceived';
  data: Stamp & { organId: string; status: ExchangeStatus; description: string; reportedAt: string };
};

/**
 * The package (or, after a recall, the recall message) is in one receiver's inbox: recorded after the
 * write succeeded, so a package sent but not delivered (the receiver's folder unreachable) is found
 * in the log and delivered again, until this is recorded for every receiver.
 */
export type ExchangePackageDelivered = { type: 'ExchangePackageDelivered'; data: Stamp & { organId: string; message: DeliveredMessage } };

/** Thu hồi: the sender recalls the package; its receivers are told and lock the document. */
export type ExchangePackageRecalled = { type: 'ExchangePackageRecalled'; data: Stamp & { reason: string } };

/** A package arrived and passed the schema: recorded with what it says, its files in the attachment store. */
export type ExchangePackageReceived = {
  type: 'ExchangePackageReceived';
  data: Stamp & ReceivedPackageFacts & { packageId: string; packageSha256: string; acknowledgeDue: AcknowledgeDue };
};

/** A message that failed the edXML schema (or could not be read): refused on receipt, with the reason recorded. */
export type ExchangePackageRejected = {
  type: 'ExchangePackageRejected';
  data: Stamp & { packageId: string; packageSha256: string; reason: string; errors: string[] };
};

/**
 * A package whose signed PDF failed verification (RECEIVE_INVALID_SIGNATURE, ND 30/2020 Art. 18: the
 * receiver checks the signature's authenticity and integrity): refused on receipt, with each failure.
 */
export type ExchangePackageSignatureRejected = {
  type: 'ExchangePackageSignatureRejected';
  data: Stamp & { packageId: string; packageSha256: string; from: ExchangeAgency; symbol: string; reason: string; errors: string[] };
};

/** Đang vào sổ: one clerk took the package to register it, under the id its document will have; no one else numbers it. */
export type ExchangeRegistrationClaimed = { type: 'ExchangeRegistrationClaimed'; data: Stamp & { documentId: string } };

/** A status sent back to the sender: đã đến (the same day's acknowledgement) and each later step. */
export type ExchangeStatusSent = { type: 'ExchangeStatusSent'; data: Stamp & { status: ExchangeStatus; description: string } };

/** Vào sổ: the clerk registered the package as an incoming document. */
export type ExchangePackageRegistered = { type: 'ExchangePackageRegistered'; data: Stamp & { documentId: string; incomingNumber: number } };

/** Từ chối tiếp nhận: the clerk refused the package (wrong recipient, invalid signature …) with a reason. */
export type ExchangePackageRefused = { type: 'ExchangePackageRefused'; data: Stamp & { reason: string } };

/** The sender recalled the package: the document registered from it is locked (DocumentRecalled). */
export type ExchangeRecallReceived = { type: 'ExchangeRecallReceived'; data: Stamp & { reason: string } };

export type OutgoingPackageEvent = ExchangePackageSent | ExchangePackageDelivered | ExchangeStatusReceived | ExchangePackageRecalled;
export type IncomingPackageEvent =
  | ExchangePackageReceived | ExchangePackageRejected | ExchangePackageSignatureRejected | ExchangeStatusSent | ExchangeRegistrationClaimed | ExchangePackageRegistered
  | ExchangePackageRefused | ExchangeRecallReceived;
export type ExchangeEvent = OutgoingPackageEvent | IncomingPackageEvent;

export const EXCHANGE_EVENT_TYPES = [
  'ExchangePackageSent', 'ExchangeStatusReceived', 'ExchangePackageRecalled', 'ExchangePackageReceived', 'ExchangePackageRejected', 'ExchangeStatusSent',
  'ExchangePackageRegistered', 'ExchangePackageRefused', 'ExchangeRecallReceived', 'ExchangePackageDelivered', 'ExchangePackageSignatureRejected', 'ExchangeRegistrationClaimed',
] as const satisfies readonly ExchangeEvent['type'][];

type MissingEventType = Exclude<ExchangeEvent['type'], (typeof EXCHANGE_EVENT_TYPES)[number]>;
/** Compile-time check that EXCHANGE_EVENT_TYPES lists every event. */
const _everyEventListed: [MissingEventType] extends [never] ? true : never = true;

export const outgoingPackageStream = (packageId: string): string => `exchange-out-${packageId}`;
export const incomingPackageStream = (packageId: string): string => `exchange-in-${packageId}`;
