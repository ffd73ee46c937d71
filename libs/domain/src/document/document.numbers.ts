import { findDocumentType, ORGAN_ABBREVIATIONS, symbolNumber, type SigningOrgan } from '../numbering';
import { positiveInteger, requireText, ruleViolation } from '../shared';
import type { IssueDocument, ReceiveDocument } from './document.commands';
import type { DocumentIssued, DocumentReceived } from './document.events';
import { outgoingNumberOf } from './signing-path';

/*
 * Số đến, số đi: the register's number is the one fact of a registration or an issue the decider
 * cannot know. The application takes it from the allocator only once the step is decided, so that a
 * refusal takes no number (ND30 Art. 15, 22: a register has no gaps); the decider therefore writes
 * the step without it, and these stamp it where `decideDocument` writes it. `decideDocument` itself
 * is the decision followed by the stamp, so a stamped decision is exactly what it would have written.
 */

/** Tiếp nhận, đăng ký before its number: everything the command says but the number. */
export type UnnumberedReceive = Omit<ReceiveDocument, 'incomingNumber'>;
/** Phát hành before its number: the symbol carries the number, so it comes with it. */
export type UnnumberedIssue = Omit<IssueDocument, 'outgoingNumber' | 'symbol'>;

/** What a registration writes, its incoming number still to be stamped. */
export type UnnumberedReceipt = { type: 'DocumentReceived'; data: Omit<DocumentReceived['data'], 'incomingNumber'> };
/** What an issue writes, its outgoing number and symbol still to be stamped. */
export type UnnumberedIssued = { type: 'DocumentIssued'; data: Omit<DocumentIssued['data'], 'outgoingNumber' | 'symbol'> };

/** The registration with the incoming number the allocator gave it (in the field order of `DocumentReceived`). */
export function stampIncomingNumber(receipt: UnnumberedReceipt, number: number): DocumentReceived {
  const incomingNumber = positiveInteger(number, 'incomingNumber', 'INVALID_NUMBER', 'Số đến phải là số nguyên dương');
  const { documentId, ...rest } = receipt.data;
  return { type: 'DocumentReceived', data: { documentId, incomingNumber, ...rest } };
}

/**
 * The issue with the outgoing number the allocator gave it and the symbol made from it
 * (`outgoingSymbolFor`): the symbol must carry that number, the type's abbreviation and the
 * signer's organ.
 */
export function stampOutgoingNumber(issued: UnnumberedIssued, number: number, symbol: string): DocumentIssued {
  const outgoingNumber = outgoingNumberOf(number);
  const checked = requireText(symbol, 'symbol', 'SYMBOL_REQUIRED', 'Thiếu số và ký hiệu văn bản đi');
  const { outgoingYear, ...rest } = issued.data;
  if (!symbolAgrees(checked, outgoingNumber, rest.documentType, rest.signsAs)) {
    throw ruleViolation('SYMBOL_MISMATCH', `Ký hiệu "${checked}" không khớp với số ${outgoingNumber}, loại văn bản và cơ quan ký`, 'symbol');
  }
  return { type: 'DocumentIssued', data: { outgoingNumber, outgoingYear, symbol: checked, ...rest } };
}

/**
 * The symbol must carry the allocated number, the organ of the signer and, for typed documents,
 * the type's abbreviation (`05/QĐ-UBND`; a suffix after it is allowed); for a công văn,
 * `<n>/<organ>-<unit>`.
 */
function symbolAgrees(symbol: string, number: number, documentType: string, signsAs: SigningOrgan): boolean {
  if (symbolNumber(symbol) !== number) return false;
  const type = findDocumentType(documentType);
  const organ = ORGAN_ABBREVIATIONS[signsAs];
  const rest = symbol.slice(symbol.indexOf('/') + 1);
  if (type?.abbreviation) return rest === `${type.abbreviation}-${organ}` || rest.startsWith(`${type.abbreviation}-${organ}-`);
  return rest.startsWith(`${organ}-`) && rest.length > organ.length + 1;
}
