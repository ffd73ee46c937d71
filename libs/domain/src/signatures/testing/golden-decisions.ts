import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { decideSignatures } from '../signature.decide';
import { evolveSignatures, initialSignaturesState } from '../signature.state';
import { sigCmd } from './signature-fixtures';

/* A document's signatures: the leader's, the Office's over it, then a check of the signed PDF. */

export const signatureGoldenDecisions = (): GoldenDecision[] =>
  stream(decideSignatures, evolveSignatures, initialSignaturesState, [sigCmd.person(), sigCmd.organisation(), sigCmd.verify()]);
