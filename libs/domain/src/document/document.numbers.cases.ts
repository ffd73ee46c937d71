import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { cmd, DEMO_CONTEXT, historyUntil } from '../testing/document-fixtures';
import { deciderSpec } from '../testing/given-when-then';
import type { IssueDocument, ReceiveDocument } from './document.commands';
import { decideDocument, decideDocumentIssue, decideDocumentReceipt } from './document.decide';
import type { DocumentEvent } from './document.events';
import { stampIncomingNumber, stampOutgoingNumber } from './document.numbers';
import { evolveDocument, initialDocumentState, type DocumentState } from './document.state';

/** The registration as the API writes it: decided without the number, then stamped with the one the allocator gave. */
const registered = (number: number) =>
  deciderSpec<ReceiveDocument, DocumentState, DocumentEvent, typeof DEMO_CONTEXT>(
    { decide: ({ incomingNumber: _number, ...command }, state, context) => [stampIncomingNumber(decideDocumentReceipt(command, state, context), number)], evolve: evolveDocument, initialState: initialDocumentState },
    DEMO_CONTEXT,
  );

/** The issue as the API writes it: decided, then stamped with the number and the symbol made from it. */
const issued = (number: number, symbol: string) =>
  deciderSpec<IssueDocument, DocumentState, DocumentEvent, typeof DEMO_CONTEXT>(
    { decide: ({ outgoingNumber: _n, symbol: _s, ...command }, state) => [stampOutgoingNumber(decideDocumentIssue(command, state), number, symbol)], evolve: evolveDocument, initialState: initialDocumentState },
    DEMO_CONTEXT,
  );

/** Same events, and the same JSON text: the stored bytes (and the golden fixtures) cannot tell the two paths apart. */
function sameAsDecided(events: readonly DocumentEvent[], command: ReceiveDocument | IssueDocument, history: readonly DocumentEvent[]) {
  const decided = decideDocument(command, history.reduce(evolveDocument, initialDocumentState), DEMO_CONTEXT);
  expect(JSON.stringify(events)).toBe(JSON.stringify(decided));
}

describe('stampIncomingNumber: the registration is decided once, and its number stamped after', () => {
  it('stamps the number where decideDocument writes it: the very same event, field order included', () => {
    const { events } = registered(125)([]).when(cmd.receive()).then([expect.objectContaining({ type: 'DocumentReceived' }) as DocumentEvent]);
    expect(events[0]).toMatchObject({ data: { incomingNumber: 125, incomingYear: 2025, incomingSeries: 'normal' } });
    sameAsDecided(events, cmd.receive({ incomingNumber: 125 }), []);
  });

  it('a refused registration is refused by the decision alone, before any number exists', () => {
    const { incomingNumber: _none, ...unnumbered } = cmd.receive({ fieldCode: 'NO-SUCH' });
    expect(() => decideDocumentReceipt(unnumbered, initialDocumentState, DEMO_CONTEXT)).toThrow(expect.objectContaining({ rule: 'UNKNOWN_FIELD', field: 'fieldCode' }));
  });

  it.each([0, -3, 1.5])('RULE_VIOLATION INVALID_NUMBER: a number %s is never stamped', (number) => {
    registered(number)([]).when(cmd.receive()).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_NUMBER', field: 'incomingNumber' });
  });
});

describe('stampOutgoingNumber: the issue is decided once, and its number and symbol stamped after', () => {
  it('stamps number and symbol where decideDocument writes them: the very same event', () => {
    const history = historyUntil('signed');
    const { events } = issued(15, '15/QĐ-UBND')(history).when(cmd.issue()).then([expect.objectContaining({ type: 'DocumentIssued' }) as DocumentEvent]);
    expect(events[0]).toMatchObject({ data: { outgoingNumber: 15, outgoingYear: 2025, symbol: '15/QĐ-UBND' } });
    sameAsDecided(events, cmd.issue({ outgoingNumber: 15, symbol: '15/QĐ-UBND' }), history);
  });

  it('a document not signed yet is refused by the decision alone, before any number exists', () => {
    const { outgoingNumber: _n, symbol: _s, ...unnumbered } = cmd.issue();
    const initialled = historyUntil('initialled').reduce(evolveDocument, initialDocumentState);
    expect(() => decideDocumentIssue(unnumbered, initialled)).toThrow(expect.objectContaining({ rule: 'NOT_SIGNED' }));
  });

  it.each<[string, number, string, string, string]>([
    ['number 0', 0, '0/QĐ-UBND', 'INVALID_NUMBER', 'outgoingNumber'],
    ['no symbol', 15, ' ', 'SYMBOL_REQUIRED', 'symbol'],
    ['a symbol of another number', 15, '16/QĐ-UBND', 'SYMBOL_MISMATCH', 'symbol'],
  ])('RULE_VIOLATION: %s', (_name, number, symbol, rule, field) => {
    issued(number, symbol)(historyUntil('signed')).when(cmd.issue()).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });
});
