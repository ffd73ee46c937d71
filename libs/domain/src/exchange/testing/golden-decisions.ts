import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import type { IncomingPackageCommand, OutgoingPackageCommand } from '../exchange.commands';
import { decideIncomingPackage, decideOutgoingPackage } from '../exchange.decide';
import { evolveIncomingPackage, evolveOutgoingPackage, initialIncomingPackageState, initialOutgoingPackageState } from '../exchange.state';
import { CONTEXT, exchangeCmd as cmd, send, SIGNATURE_TAMPERED } from './exchange-fixtures';

/*
 * A package sent, delivered, reported on, recalled and its recall delivered; one received, acknowledged,
 * claimed, registered then recalled; one refused; one rejected by the schema, one for its signature.
 */

const outgoing = (...commands: OutgoingPackageCommand[]) => stream((c, s) => decideOutgoingPackage(c, s, CONTEXT), evolveOutgoingPackage, initialOutgoingPackageState, commands);
const incoming = (...commands: IncomingPackageCommand[]) => stream((c, s) => decideIncomingPackage(c, s, CONTEXT), evolveIncomingPackage, initialIncomingPackageState, commands);

export const exchangeGoldenDecisions = (): GoldenDecision[] => [
  ...outgoing(send(), cmd.delivered(), cmd.status(), cmd.recall(), cmd.delivered('recall')),
  ...incoming(cmd.receive(), cmd.statusSent(), cmd.claim(), cmd.register(), cmd.recallReceived()),
  ...incoming(cmd.receive(), cmd.refuse()),
  ...incoming(cmd.reject()),
  ...incoming(cmd.receive([SIGNATURE_TAMPERED])),
];
