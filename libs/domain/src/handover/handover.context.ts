import type { Organisation } from '../organisation';

/** What the hand-over decider needs besides the command and the state: who is who. */
export interface HandoverContext {
  organisation: Organisation;
}
