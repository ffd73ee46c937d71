import type { Organ } from './edxml/edxml.types';

/** A message waiting in this agency's inbox: its id (the edXML DocumentId, or the status' own id) and its text. */
export type InboxMessage = { id: string; xml: string };

/** Where a handled message goes: recorded, or refused with its reason recorded (e.g. it failed the schema). */
export type Settlement = 'processed' | 'rejected';

/** Thrown by a send to an organ the exchange does not know: nothing is written. */
export class UnknownAgencyError extends Error {
  constructor(readonly organId: string) {
    super(`no agency ${organId} on the exchange`);
    this.name = 'UnknownAgencyError';
  }
}

/**
 * The port of inter-agency exchange (liên thông văn bản, QĐ 28/2018/QĐ-TTg; research/next-domains.md
 * §E.3): what the product needs from the national axis, whose embedded adapter is a shared folder.
 * Every adapter passes `testing/document-exchange.conformance.ts`.
 *
 * - A send is atomic and idempotent by id: the receiver sees the whole message or nothing, and
 *   sending the same id again leaves one message.
 * - `receive…` lists what waits, oldest first; a message stays until `settle`, so a crash between
 *   reading and recording loses nothing (the product records by id, so a second reading changes nothing).
 */
export interface DocumentExchange {
  /** This instance's organ on the axis. */
  readonly self: Organ;
  /** The organs one can send to (this one included). */
  agencies(): Promise<Organ[]>;
  sendPackage(to: string, id: string, xml: string): Promise<void>;
  sendStatus(to: string, id: string, xml: string): Promise<void>;
  receivePackages(): Promise<InboxMessage[]>;
  receiveStatuses(): Promise<InboxMessage[]>;
  settle(kind: 'package' | 'status', id: string, outcome: Settlement): Promise<void>;
  /** A one-line description for logs and /health. */
  describe(): string;
}
