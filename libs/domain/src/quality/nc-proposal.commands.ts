import type { Actor } from '../shared';
import type { NcProposalSubject } from './nc-proposal.events';
import type { NonconformitySeverity } from './nonconformity.events';

interface CommandBase {
  key: string;
  /** The late dossier or step as the read model finds it now (the application looks it up by the key). */
  subject: NcProposalSubject;
  actor: Actor;
  now: string;
}

/** POST /api/quality/nc-proposals/:key/accept (ISO secretary): `nonconformityId` is made by the application. */
export interface AcceptNcProposal extends CommandBase {
  type: 'accept';
  nonconformityId: string;
  description?: string | null;
  severity: NonconformitySeverity;
}

/** POST /api/quality/nc-proposals/:key/dismiss (ISO secretary). */
export interface DismissNcProposal extends CommandBase {
  type: 'dismiss';
  reason: string;
}

export type NcProposalCommand = AcceptNcProposal | DismissNcProposal;
