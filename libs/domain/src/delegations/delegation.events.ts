import type { LocalDate } from '../calendar';
import type { DelegationInstrument, DelegationKind, DelegationScope } from './delegation.types';

/* The events of stream `delegation-<id>`: a public contract (plain JSON, `null` for none, who and when on each). */

type Stamp = { by: string; at: string };

/** Một ủy quyền ký được ghi nhận, from its written instrument. */
export type DelegationRecorded = {
  type: 'DelegationRecorded';
  data: Stamp & {
    delegationId: string;
    kind: DelegationKind;
    grantorId: string;
    granteeId: string;
    /** What the signer writes after the mark: the grantor's title, or the collective for TM. */
    onBehalfOfTitle: string;
    instrument: DelegationInstrument;
    validFrom: LocalDate;
    validTo: LocalDate | null;
    scope: DelegationScope;
    regulationClause: string | null;
    /** The leader's absence it was proposed from, if any. */
    absence: { from: LocalDate; to: LocalDate } | null;
  };
};

/** Thu hồi ủy quyền: not in force from `at`. */
export type DelegationRevoked = {
  type: 'DelegationRevoked';
  data: Stamp & { reason: string };
};

export type DelegationEvent = DelegationRecorded | DelegationRevoked;

export const DELEGATION_EVENT_TYPES = ['DelegationRecorded', 'DelegationRevoked'] as const satisfies readonly DelegationEvent['type'][];

type MissingEventType = Exclude<DelegationEvent['type'], (typeof DELEGATION_EVENT_TYPES)[number]>;
/** Compile-time check that DELEGATION_EVENT_TYPES lists every event. */
const _everyEventListed: [MissingEventType] extends [never] ? true : never = true;

export function delegationStreamName(delegationId: string): string {
  return `delegation-${delegationId}`;
}
