import type { ReceptionCommand } from './dossier.commands';
import type { ReceptionEvent } from './dossier.events';
import { boundedText, SHORT_TEXT } from './dossier.inputs';

/*
 * Số phiếu: a desk slip's number (`VPUB-P-260305-0001`, the day's slip sequence) is the one fact of
 * the slip its decider cannot know. The application takes it from the allocator only once the slip
 * is decided, so that a refused slip takes no number; `decideReceptionSlip` writes the slip without
 * it and `stampSlipNumber` stamps it where `decideReception` writes it, which is the decision
 * followed by the stamp: a stamped slip is exactly what it would have written.
 */

/** Each member of the union without its slip number (a plain Omit would merge the members into one shape). */
type BeforeNumber<T> = T extends { type: infer Type; data: infer Data } ? { type: Type; data: Omit<Data, 'slipNumber'> } : T extends unknown ? Omit<T, 'slipNumber'> : never;

/** A slip's command before its number. */
export type UnnumberedReceptionCommand = BeforeNumber<ReceptionCommand>;
/** What a slip writes, its number still to be stamped (Mẫu 02 or Mẫu 03, each with its own facts). */
export type UnnumberedReceptionSlip = BeforeNumber<ReceptionEvent>;

/** The slip with the number made from the day's slip sequence the allocator gave (in the field order of its event). */
export function stampSlipNumber(slip: UnnumberedReceptionSlip, slipNumber: string): ReceptionEvent {
  const number = boundedText(slipNumber, 'slipNumber', 'REQUIRED', 'Thiếu số phiếu', SHORT_TEXT);
  const { receptionId, ...rest } = slip.data;
  // The rest is the facts of the slip's own type, which the type goes on naming.
  return { type: slip.type, data: { receptionId, slipNumber: number, ...rest } } as ReceptionEvent;
}
