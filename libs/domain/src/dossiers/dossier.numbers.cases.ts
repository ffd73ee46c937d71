import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { deciderSpec } from '../testing/given-when-then';
import { decideDossierAttachment, decideReceptionScans } from './dossier.attachments';
import type { IssueDossierResult, ReceiveDossier } from './dossier.commands';
import { decideDossier, decideDossierReceipt, decideDossierResultIssue } from './dossier.decide';
import type { DossierEvent } from './dossier.events';
import { stampDossierSequence, stampResultNumber } from './dossier.numbers';
import { evolveDossier, initialDossierState, type DossierState } from './dossier.state';
import { actor, CONTEXT, cmd, DOSSIER_ID, historyUntil, run, T, userId } from './testing/dossier-fixtures';

type Context = typeof CONTEXT;

/** The reception as the API writes it: decided without the sequence, then stamped with the one the allocator gave. */
const received = (sequence: number) =>
  deciderSpec<ReceiveDossier, DossierState, DossierEvent, Context>(
    { decide: (command, state, context) => [stampDossierSequence(decideDossierReceipt(command, state, context), sequence)], evolve: evolveDossier, initialState: initialDossierState },
    CONTEXT,
  );

/** The issue as the API writes it: decided, then stamped with the outgoing number and the symbol it makes. */
const issued = (number: number) =>
  deciderSpec<IssueDossierResult, DossierState, DossierEvent, Context>(
    { decide: (command, state, context) => [stampResultNumber(decideDossierResultIssue(command, state, context), number)], evolve: evolveDossier, initialState: initialDossierState },
    CONTEXT,
  );

/** Same events, and the same JSON text: the stored bytes (and the golden fixtures) cannot tell the two paths apart. */
function sameAsDecided(events: readonly DossierEvent[], command: ReceiveDossier | IssueDossierResult, history: readonly DossierEvent[]) {
  const decided = decideDossier(command, history.reduce(evolveDossier, initialDossierState), CONTEXT);
  expect(JSON.stringify(events)).toBe(JSON.stringify(decided));
}

describe('stampDossierSequence: the reception is decided once, and its sequence and code stamped after', () => {
  it('stamps the sequence and the code of that day where decideDossier writes them: the very same event, field order included', () => {
    const { events } = received(42)([]).when(cmd.receive()).then([expect.objectContaining({ type: 'DossierReceived' }) as DossierEvent]);
    expect(events[0]).toMatchObject({ data: { code: 'VPUB-250424-0042', registerBook: 2025, sequence: 42 } });
    sameAsDecided(events, cmd.receive({ code: 'VPUB-250424-0042', sequence: 42 }), []);
  });

  it('a refused reception is refused by the decision alone, before any number exists', () => {
    const { code: _code, sequence: _sequence, ...unnumbered } = cmd.receive({ items: [{ name: 'Văn bản đề nghị', form: 'original', quantity: 1 }] });
    expect(() => decideDossierReceipt(unnumbered, initialDossierState, CONTEXT)).toThrow(expect.objectContaining({ rule: 'CHECKLIST_INCOMPLETE', field: 'items' }));
    expect(() => decideDossierReceipt({ ...unnumbered, actor: actor('cv.kt1') }, initialDossierState, CONTEXT)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it.each([0, -3, 1.5, 10_000])('RULE_VIOLATION INVALID_SEQUENCE: a sequence %s is never stamped', (sequence) => {
    received(sequence)([]).when(cmd.receive()).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_SEQUENCE', field: 'sequence' });
  });

  it('the scans handed in are decided on the reception before its number: what decideDossierAttachment writes on the dossier as received', () => {
    const file = { sha256: 'ab'.repeat(32), name: 'Văn bản đề nghị.pdf', mediaType: 'application/pdf', size: 2048 };
    const scans = [
      { attachmentId: 'a-1', itemCode: 'văn bản đề nghị', file },
      { attachmentId: 'a-2', itemCode: null, file: { ...file, name: 'Ảnh chụp.jpg' } },
    ];
    const unnumbered = decideDossierReceipt(cmd.receive(), initialDossierState, CONTEXT);
    const attached = decideReceptionScans(unnumbered, scans);
    expect(attached.map((e) => [e.data.purpose, e.data.itemCode, e.data.by])).toEqual([['item', 'Văn bản đề nghị', userId('motcua1')], ['other', null, userId('motcua1')]]);
    const asReceived = run(CONTEXT, cmd.receive()).state;
    const onDossier = scans.flatMap(({ attachmentId, itemCode, file: input }) =>
      decideDossierAttachment({ dossierId: DOSSIER_ID, attachmentId, purpose: itemCode ? 'item' : 'other', itemCode, file: input, actor: actor('motcua1'), now: T.received }, asReceived, CONTEXT.organisation),
    );
    expect(JSON.stringify(attached)).toBe(JSON.stringify(onDossier));
    expect(() => decideReceptionScans(unnumbered, [{ ...scans[0], itemCode: 'Giấy phép xây dựng' }])).toThrow(expect.objectContaining({ rule: 'ITEM_NOT_RECEIVED', field: 'itemCode' }));
    expect(() => decideReceptionScans(unnumbered, [{ ...scans[0], file: { ...file, name: '../x.pdf' } }])).toThrow(expect.objectContaining({ rule: 'FILE_NAME_INVALID' }));
  });
});

describe('stampResultNumber: the result is issued once, and its outgoing number and symbol stamped after', () => {
  it('stamps the number and the symbol it makes where decideDossier writes them: the very same event', () => {
    const history = historyUntil('signed');
    const { events } = issued(7)(history).when(cmd.issue()).then([expect.objectContaining({ type: 'DossierResultIssued' }) as DossierEvent]);
    expect(events[0]).toMatchObject({ data: { outgoingNumber: 7, outgoingYear: 2025, symbol: '07/QĐ-UBND' } });
    sameAsDecided(events, cmd.issue({ outgoingNumber: 7 }), history);
  });

  it('a refused issue is refused by the decision alone, before any number exists: the state, the clerk, the distribution, the symbol', () => {
    const { outgoingNumber: _number, ...unnumbered } = cmd.issue();
    const refusal = (command: typeof unnumbered, state: DossierState) => () => decideDossierResultIssue(command, state, CONTEXT);
    expect(refusal(unnumbered, historyUntil('initialled').reduce(evolveDossier, initialDossierState))).toThrow(expect.objectContaining({ rule: 'NOT_SIGNED' }));
    const signed = historyUntil('signed').reduce(evolveDossier, initialDossierState);
    expect(refusal({ ...unnumbered, actor: actor('motcua1') }, signed)).toThrow(expect.objectContaining({ rule: 'CLERK_ONLY' }));
    expect(refusal({ ...unnumbered, copies: 1 }, signed)).toThrow(expect.objectContaining({ rule: 'COPIES_FEWER_THAN_RECIPIENTS' }));
    const letter = run(CONTEXT, cmd.receive(), cmd.transfer(), cmd.assign(), cmd.appraise(), cmd.submit({ draft: { documentType: 'official_letter', excerpt: 'Trả lời' } }), cmd.initial(), cmd.sign()).state;
    expect(refusal({ ...unnumbered, symbolSuffix: 'K T' }, letter)).toThrow(expect.objectContaining({ rule: 'UNIT_CODE_REQUIRED' }));
  });

  it.each([0, -1, 2.5])('RULE_VIOLATION INVALID_NUMBER: a number %s is never stamped', (number) => {
    issued(number)(historyUntil('signed')).when(cmd.issue()).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_NUMBER', field: 'outgoingNumber' });
  });
});
