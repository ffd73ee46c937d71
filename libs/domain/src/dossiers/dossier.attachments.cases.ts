import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DEMO_ORGANISATION } from '../organisation';
import { deciderSpec } from '../testing/given-when-then';
import { decideDossierAttachment, type AttachDossierFile } from './dossier.attachments';
import type { DossierEvent } from './dossier.events';
import { evolveDossier, initialDossierState } from './dossier.state';
import { actor, CONTEXT, DOSSIER_ID, historyUntil, stateAt, T, userId, type Stage } from './testing/dossier-fixtures';

const given = deciderSpec(
  { decide: (c: AttachDossierFile, s, organisation: typeof DEMO_ORGANISATION) => decideDossierAttachment(c, s, organisation) as DossierEvent[], evolve: evolveDossier, initialState: initialDossierState },
  DEMO_ORGANISATION,
);

const SHA = '0c9d'.repeat(16);
const attach = (username: string, o: Partial<AttachDossierFile> = {}): AttachDossierFile => ({
  dossierId: DOSSIER_ID,
  attachmentId: '9b2e0c1d-0000-4000-8000-0000000000d1',
  purpose: 'item',
  itemCode: 'văn bản   đề nghị',
  file: { sha256: SHA, name: 'Văn bản đề nghị.pdf', mediaType: 'application/pdf', size: 120_000 },
  actor: actor(username),
  now: T.received,
  ...o,
});

describe('attaching a file to a dossier (DossierFileAttached)', () => {
  it("records an item's scan with the item named as it was received", () => {
    given(historyUntil('received'))
      .when(attach('motcua1'))
      .then([
        {
          type: 'DossierFileAttached',
          data: {
            attachmentId: '9b2e0c1d-0000-4000-8000-0000000000d1', name: 'Văn bản đề nghị.pdf', mediaType: 'application/pdf', size: 120_000, sha256: SHA,
            purpose: 'item', itemCode: 'Văn bản đề nghị', by: userId('motcua1'), at: T.received,
          },
        },
      ]);
  });

  it("an item's scan names an item the dossier has", () => {
    given(historyUntil('received')).when(attach('motcua1', { itemCode: null })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ITEM_REQUIRED', field: 'itemCode' });
    given(historyUntil('received')).when(attach('motcua1', { itemCode: 'Sổ hộ khẩu' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ITEM_NOT_RECEIVED', field: 'itemCode' });
  });

  it('other purposes need no item', () => {
    expect(decideDossierAttachment(attach('motcua1', { purpose: 'other', itemCode: undefined }), stateAt('received'), CONTEXT.organisation)[0].data.itemCode).toBeNull();
  });

  it('the handling specialist attaches while handling it; someone off its path may not', () => {
    expect(decideDossierAttachment(attach('cv.kt1', { purpose: 'supplement', itemCode: null }), stateAt('with_specialist'), CONTEXT.organisation)).toHaveLength(1);
    given(historyUntil('with_specialist')).when(attach('cv.kt2', { purpose: 'other', itemCode: null })).thenThrows({ code: 'NOT_FOUND' });
  });

  it('the ISO secretary sees every dossier but, neither on its path nor with a step to take, may not attach', () => {
    given(historyUntil('with_specialist')).when(attach('thuky.iso', { purpose: 'other', itemCode: null })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ON_PATH' });
  });

  it('the result only once signed', () => {
    given(historyUntil('initialled')).when(attach('cv.kt1', { purpose: 'result', itemCode: null })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_SIGNED', field: 'purpose' });
    expect(decideDossierAttachment(attach('vanthu1', { purpose: 'result', itemCode: null }), stateAt('signed'), CONTEXT.organisation)).toHaveLength(1);
  });

  it.each<Stage>(['returned'])('a %s dossier is closed: 409', (stage) => {
    given(historyUntil(stage)).when(attach('motcua1', { purpose: 'other', itemCode: null })).thenThrows({ code: 'WRONG_STATE' });
  });

  it('a dossier not received does not exist', () => {
    given([]).when(attach('motcua1')).thenThrows({ code: 'NOT_FOUND' });
  });

  it('an unknown purpose is refused naming the field', () => {
    given(historyUntil('received')).when(attach('motcua1', { purpose: 'photo' as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE', field: 'purpose' });
  });
});
