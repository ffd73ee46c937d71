import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { INCOMING_DOCUMENTS_PROCESS_V1, type DocumentProcess } from '../deadlines';
import { cmd, DEMO_CONTEXT, deadline, run, T } from '../testing/document-fixtures';
import { deciderSpec } from '../testing/given-when-then';
import { decideDocument } from './document.decide';
import type { DocumentEvent, DocumentReceived } from './document.events';
import { evolveDocument, initialDocumentState } from './document.state';
import { DOCUMENT_RECEIVED_V1_TO_V2 } from './document.upcasters';

/*
 * A document's clocks follow the QT-VB-01 version in force when it was registered (DOMAIN.md §3, §7):
 * recorded in DocumentReceived, kept by every later step, whatever version is in force then.
 */

/** A later version: submit within 4 working days, issue the same day whatever the urgency. */
const V2: DocumentProcess = {
  code: 'QT-VB-01',
  version: 2,
  limits: { ...INCOMING_DOCUMENTS_PROCESS_V1.limits, submit: { workingDays: 4, urgentWorkingDays: 4 }, issue: { workingDays: 0, urgentWorkingDays: 0 } },
};
const underV2 = deciderSpec({ decide: decideDocument, evolve: evolveDocument, initialState: initialDocumentState }, { ...DEMO_CONTEXT, process: V2 });
const registeredUnderV2 = (): DocumentEvent[] => {
  const [received] = decideDocument(cmd.receive(), initialDocumentState, { ...DEMO_CONTEXT, process: V2 });
  return [received];
};
const receivedOf = (events: readonly DocumentEvent[]) => events.find((e): e is DocumentReceived => e.type === 'DocumentReceived')!.data;

describe('the process version in force at registration sets the document\'s limits', () => {
  it('registered under version 2: submit due after 4 working days, and the version is recorded', () => {
    const { events } = underV2([]).when(cmd.receive()).then([expect.objectContaining({ type: 'DocumentReceived' }) as DocumentEvent]);
    const data = receivedOf(events);
    // Thu 24/4/2025: 25, Sat 26 (worked), 28, 29/4.
    expect(data.deadlines.submit).toEqual(deadline('submit', '2025-04-29'));
    expect(data.deadlines.distribute).toEqual(deadline('distribute', '2025-04-25'));
    expect(data.process).toEqual(V2);
  });

  it('a supplement received restarts submit with the document\'s own version (4 working days under version 2)', () => {
    const history = [...registeredUnderV2(), ...run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement()).events.slice(1)];
    const { events } = underV2(history).when(cmd.receiveSupplement()).then([expect.objectContaining({ type: 'SupplementReceived' }) as DocumentEvent]);
    // Tue 6/5/2025: 7, 8, 9, 12/5.
    expect(events[0]).toMatchObject({ data: { submitDeadline: deadline('submit', '2025-05-12') } });
  });

  it('an older document keeps version 1 when version 2 is in force: its deadlines never move', () => {
    const history = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement()).events;
    expect(receivedOf(history).process).toEqual(INCOMING_DOCUMENTS_PROCESS_V1);
    const { events } = underV2(history).when(cmd.receiveSupplement()).then([expect.objectContaining({ type: 'SupplementReceived' }) as DocumentEvent]);
    expect(events[0]).toMatchObject({ data: { submitDeadline: deadline('submit', '2025-05-13') } });
  });

  it('the issue clock follows the version too: the same day under version 2', () => {
    const rest = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit(), cmd.initial()).events.slice(1);
    const { events } = underV2([...registeredUnderV2(), ...rest]).when(cmd.sign()).then([expect.objectContaining({ type: 'DocumentSigned' }) as DocumentEvent]);
    expect(events[0]).toMatchObject({ data: { issueDeadline: deadline('issue', T.signed.slice(0, 10)) } });
  });
});

describe('DocumentReceived v1 → v2', () => {
  it('reads an event written before documents recorded their process as QT-VB-01 version 1', () => {
    const { process: _process, ...v1 } = receivedOf(run(cmd.receive()).events);
    expect(DOCUMENT_RECEIVED_V1_TO_V2.upcast(v1).process).toEqual({ code: 'QT-VB-01', version: 1, limits: INCOMING_DOCUMENTS_PROCESS_V1.limits });
  });
});
