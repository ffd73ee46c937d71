import type { LocalDate } from '../calendar';
import type { Actor } from '../shared';
import type { DelegationKind } from './delegation.types';

/** Commands on stream `delegation-<id>`; request fields of API.md become command fields. */
interface CommandBase {
  delegationId: string;
  actor: Actor;
  /** ISO instant from the application's clock. */
  now: string;
}

/** Ghi nhận ủy quyền / giao ký thay: recorded by the grantor, or by the office chief (or admin) from the written instrument. */
export interface RecordDelegation extends CommandBase {
  type: 'record';
  kind: DelegationKind;
  grantorId: string;
  granteeId: string;
  instrument: { symbol: string; date: LocalDate };
  validFrom: LocalDate;
  validTo?: LocalDate | null;
  scope?: { fieldCodes?: string[] | null; documentTypes?: string[] | null } | null;
  /** TL only: the clause of the working or clerical regulation that allows it. */
  regulationClause?: string | null;
  /** When confirmed from an absence proposal: the days away. */
  absence?: { from: LocalDate; to: LocalDate } | null;
}

/** Thu hồi: ends the delegation from now on (signatures already made stand). */
export interface RevokeDelegation extends CommandBase {
  type: 'revoke';
  reason: string;
}

export type DelegationCommand = RecordDelegation | RevokeDelegation;
export type DelegationStep = DelegationCommand['type'];
