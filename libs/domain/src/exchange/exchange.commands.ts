import type { WorkingCalendar } from '../calendar';
import type { Actor } from '../shared';
import type { DeliveredMessage, ExchangeAgency, ExchangeStatus, ReceivedPackageFacts, ReceivedSignatureCheck } from './exchange.types';

/** Who and when: the clerk's, or the system's for what the exchange watcher records. */
interface CommandBase {
  actor: Actor;
  now: string;
}

/** Gửi liên thông: the document's state as the handler read it, and the package built from it. */
export interface SendPackage extends CommandBase {
  type: 'send';
  packageId: string;
  document: { documentId: string; status: string; symbol: string | null; excerpt: string };
  to: string[];
  packageSha256: string;
}
export interface RecordReceiverStatus extends CommandBase { type: 'record-status'; organId: string; status: ExchangeStatus; description: string; reportedAt: string }
export interface RecallPackage extends CommandBase { type: 'recall'; reason: string }
/** The message was written into `organId`'s inbox. */
export interface RecordDelivery extends CommandBase { type: 'record-delivery'; organId: string; message: DeliveredMessage }
export type OutgoingPackageCommand = SendPackage | RecordReceiverStatus | RecallPackage | RecordDelivery;

/** A package that passed the schema, with every signature of its PDFs as verified (none for a package without a signed PDF). */
export interface ReceivePackage extends CommandBase { type: 'receive'; packageId: string; packageSha256: string; facts: ReceivedPackageFacts; signatures: ReceivedSignatureCheck[] }
export interface RejectPackage extends CommandBase { type: 'reject'; packageId: string; packageSha256: string; reason: string; errors: string[] }
export interface RecordStatusSent extends CommandBase { type: 'status-sent'; status: ExchangeStatus; description: string }
/** Đang vào sổ: taken by the clerk before a number is, under the id the registered document will have. */
export interface ClaimRegistration extends CommandBase { type: 'claim-registration'; documentId: string }
export interface RegisterPackage extends CommandBase { type: 'register'; documentId: string; incomingNumber: number }
export interface RefusePackage extends CommandBase { type: 'refuse'; reason: string }
export interface ReceiveRecall extends CommandBase { type: 'recall-received'; reason: string }
export type IncomingPackageCommand = ReceivePackage | RejectPackage | RecordStatusSent | ClaimRegistration | RegisterPackage | RefusePackage | ReceiveRecall;

/** What the deciders need besides the command: this office's organ, the agencies on the exchange, the working days. */
export interface ExchangeContext {
  self: ExchangeAgency;
  agencies: ExchangeAgency[];
  calendar: WorkingCalendar;
}
