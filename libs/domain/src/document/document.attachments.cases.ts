import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DEMO_ORGANISATION } from '../organisation';
import { actor, DOCUMENT_ID, historyUntil, T, userId, type Stage } from '../testing/document-fixtures';
import { deciderSpec } from '../testing/given-when-then';
import { decideDocumentAttachment, type AttachDocumentFile } from './document.attachments';
import type { DocumentEvent } from './document.events';
import { evolveDocument, initialDocumentState, documentStateFrom } from './document.state';

const given = deciderSpec(
  { decide: (c: AttachDocumentFile, s, organisation: typeof DEMO_ORGANISATION) => decideDocumentAttachment(c, s, organisation) as DocumentEvent[], evolve: evolveDocument, initialState: initialDocumentState },
  DEMO_ORGANISATION,
);

const SHA = 'a3f1'.repeat(16);
const attach = (username: string, o: Partial<AttachDocumentFile> = {}): AttachDocumentFile => ({
  documentId: DOCUMENT_ID,
  attachmentId: '9b2e0c1d-0000-4000-8000-0000000000a1',
  purpose: 'draft',
  file: { sha256: SHA, name: 'Dự thảo quyết định.pdf', mediaType: 'application/pdf', size: 48213 },
  actor: actor(username),
  now: T.appraised,
  ...o,
});

describe('attaching a file to a document (DocumentFileAttached)', () => {
  it('records the stored file with its hash, type, size, name and purpose, by whom and when', () => {
    given(historyUntil('assigned'))
      .when(attach('cv.kt1'))
      .then([
        {
          type: 'DocumentFileAttached',
          data: {
            attachmentId: '9b2e0c1d-0000-4000-8000-0000000000a1', name: 'Dự thảo quyết định.pdf', mediaType: 'application/pdf', size: 48213, sha256: SHA,
            purpose: 'draft', by: userId('cv.kt1'), at: T.appraised,
          },
        },
      ]);
  });

  it('changes nothing else in the document: its status and path stay as they were', () => {
    const before = documentStateFrom(historyUntil('assigned'));
    const { state } = given(historyUntil('assigned')).when(attach('vanthu1', { purpose: 'annex' })).then(decideDocumentAttachment(attach('vanthu1', { purpose: 'annex' }), before, DEMO_ORGANISATION) as DocumentEvent[]);
    expect(state).toEqual(before);
  });

  it.each(['vanthu1', 'vanthu2', 'cv.kt1', 'tp.kt', 'pho.chanh.vp.kt'])('%s (a clerk, or on the path) may attach', (username) => {
    expect(() => decideDocumentAttachment(attach(username), documentStateFrom(historyUntil('assigned')), DEMO_ORGANISATION)).not.toThrow();
  });

  it('the head of the department a document was just distributed to may attach before assigning it (their turn)', () => {
    expect(() => decideDocumentAttachment(attach('tp.kt'), documentStateFrom(historyUntil('distributed')), DEMO_ORGANISATION)).not.toThrow();
  });

  it('someone neither clerk, nor on the path, nor with a step to take is refused', () => {
    given(historyUntil('assigned')).when(attach('cv.vx1')).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ON_PATH' });
  });

  it('a confidential document does not exist for those who may not see it', () => {
    given(historyUntil('assigned', { confidentiality: 'confidential' })).when(attach('cv.kt2')).thenThrows({ code: 'NOT_FOUND' });
    given(historyUntil('assigned', { confidentiality: 'confidential' })).when(attach('vanthu2')).thenThrows({ code: 'NOT_FOUND' });
  });

  it('a document not registered does not exist', () => {
    given([]).when(attach('vanthu1')).thenThrows({ code: 'NOT_FOUND' });
  });

  it.each<Stage>(['received', 'assigned', 'signed', 'issued'])('accepts files while the document is %s', (stage) => {
    expect(decideDocumentAttachment(attach('vanthu1', { purpose: 'annex' }), documentStateFrom(historyUntil(stage)), DEMO_ORGANISATION)).toHaveLength(1);
  });

  it('an archived document is closed: 409', () => {
    given(historyUntil('archived')).when(attach('vanthu1')).thenThrows({ code: 'WRONG_STATE' });
  });

  it('the signed original only once the leader has signed', () => {
    given(historyUntil('initialled')).when(attach('vanthu1', { purpose: 'signed' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_SIGNED', field: 'purpose' });
    expect(decideDocumentAttachment(attach('vanthu1', { purpose: 'signed' }), documentStateFrom(historyUntil('signed')), DEMO_ORGANISATION)[0].data.purpose).toBe('signed');
  });

  it('an unknown purpose is refused naming the field', () => {
    given(historyUntil('assigned')).when(attach('cv.kt1', { purpose: 'photo' as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE', field: 'purpose' });
  });

  it.each([
    ['', 'FILE_NAME_REQUIRED'],
    ['   ', 'FILE_NAME_REQUIRED'],
    ['../../etc/passwd', 'FILE_NAME_INVALID'],
    ['a\\b.pdf', 'FILE_NAME_INVALID'],
    [`${'x'.repeat(252)}.pdf`, 'FILE_NAME_TOO_LONG'],
  ])('the name %j is refused: %s', (name, rule) => {
    given(historyUntil('assigned')).when(attach('cv.kt1', { file: { sha256: SHA, name, mediaType: 'application/pdf', size: 10 } })).thenThrows({ code: 'RULE_VIOLATION', rule, field: 'name' });
  });

  it('a malformed hash or an empty file is refused', () => {
    given(historyUntil('assigned')).when(attach('cv.kt1', { file: { sha256: 'ABC', name: 'a.pdf', mediaType: 'application/pdf', size: 10 } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_SHA256', field: 'sha256' });
    given(historyUntil('assigned')).when(attach('cv.kt1', { file: { sha256: SHA, name: 'a.pdf', mediaType: 'application/pdf', size: 0 } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'EMPTY_FILE', field: 'size' });
  });
});
