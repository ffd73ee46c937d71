import { outgoingNumberOf } from '../document';
import { numberedOutgoingSymbol } from '../numbering';
import { positiveInteger } from '../shared';
import type { IssueDossierResult, ReceiveDossier } from './dossier.commands';
import { dossierCode, OFFICE_CODE } from './dossier.code';
import type { DossierReceived, DossierResultIssued } from './dossier.events';

/*
 * Mã hồ sơ, số văn bản đi: the day's sequence of a reception and the outgoing number of a result
 * are the one fact of those steps the decider cannot know. The application takes them from the
 * allocator only once the step is decided, so that a refusal takes no number (the registers have
 * no gaps); the decider therefore writes the step without it, and these stamp it where
 * `decideDossier` writes it. `decideDossier` itself is the decision followed by the stamp, so a
 * stamped decision is exactly what it would have written.
 */

/** Tiếp nhận hồ sơ before its sequence: everything the command says but the sequence and the code made from it. */
export type UnnumberedReceiveDossier = Omit<ReceiveDossier, 'code' | 'sequence'>;
/** Phát hành kết quả before its outgoing number. */
export type UnnumberedIssueDossierResult = Omit<IssueDossierResult, 'outgoingNumber'>;

/** What a reception writes, its sequence and code still to be stamped. */
export type UnnumberedDossierReceipt = { type: 'DossierReceived'; data: Omit<DossierReceived['data'], 'code' | 'sequence'> };
/**
 * What an issue writes, its outgoing number and symbol still to be stamped; `symbolMark`, the
 * symbol after its number (`QĐ-UBND`, `VPUBND-KT`), is settled (or refused) by the decision.
 */
export type UnnumberedResultIssue = {
  type: 'DossierResultIssued';
  data: Omit<DossierResultIssued['data'], 'outgoingNumber' | 'symbol'>;
  symbolMark: string;
};

/** The reception with the day's sequence the allocator gave it and the code made from it (in the field order of `DossierReceived`). */
export function stampDossierSequence(receipt: UnnumberedDossierReceipt, sequence: number): DossierReceived {
  const checked = positiveInteger(sequence, 'sequence', 'INVALID_SEQUENCE', 'Số thứ tự trong ngày phải là số nguyên dương');
  const { dossierId, registerBook, ...rest } = receipt.data;
  return { type: 'DossierReceived', data: { dossierId, code: dossierCode(OFFICE_CODE, rest.receivedAt, checked), registerBook, sequence: checked, ...rest } };
}

/** The issue with the outgoing number the allocator gave it and the symbol it makes (in the field order of `DossierResultIssued`). */
export function stampResultNumber(issue: UnnumberedResultIssue, number: number): DossierResultIssued {
  const outgoingNumber = outgoingNumberOf(number);
  const { outgoingYear, ...rest } = issue.data;
  return { type: 'DossierResultIssued', data: { outgoingNumber, outgoingYear, symbol: numberedOutgoingSymbol(outgoingNumber, issue.symbolMark), ...rest } };
}
