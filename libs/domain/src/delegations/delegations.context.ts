import type { Organisation } from '../organisation';
import type { DelegationGrant } from './delegation.types';

/** What the delegation decider needs besides the command and the state. */
export interface DelegationsContext {
  organisation: Organisation;
  /** The delegations the grantor holds (as grantee), read at command time: a TUQ holder may not pass it on. */
  heldByGrantor: readonly DelegationGrant[];
}
