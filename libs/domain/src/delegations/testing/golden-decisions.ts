import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { decideDelegation } from '../delegation.decide';
import { evolveDelegation, initialDelegationState } from '../delegation.state';
import { CONTEXT, delegationCmd } from './delegation-fixtures';

/* A delegation (ủy quyền ký): the chairman's KT. to the vice-chairman, recorded, then revoked. */

export const delegationGoldenDecisions = (): GoldenDecision[] =>
  stream((c, s) => decideDelegation(c, s, CONTEXT), evolveDelegation, initialDelegationState, [delegationCmd.record(), delegationCmd.revoke()]);
