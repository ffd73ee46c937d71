import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { decideHandover } from './handover.decide';
import { handoverStateFrom, initialHandoverState, stillHeld } from './handover.state';
import { handoverActions, itemAction } from './handover.turns';
import { actor, AT, CONTEXT, departmentId, DIRECTIVE, DOCUMENT, DOSSIER, givenHandover, HANDOVER_ID, handoverCmd, handoverHistory, HELD, userId } from './testing/handover-fixtures';

const recorded = () => handoverHistory(handoverCmd.record());
const allHandedOver = () =>
  handoverHistory(handoverCmd.record(), handoverCmd.reassign(DOCUMENT.key), handoverCmd.reassign(DOSSIER.key, 'cv.kt1'), handoverCmd.paper(DIRECTIVE.key));
const signedByBoth = () => [...allHandedOver(), ...signEvents()];
function signEvents() {
  const history = allHandedOver();
  const leaver = givenHandover(history).when(handoverCmd.sign('cv.kt1')).then([{ type: 'HandoverSigned', data: { party: 'leaver', by: userId('cv.kt1'), at: AT.signed } }]).events;
  const head = givenHandover([...history, ...leaver]).when(handoverCmd.sign('tp.kt')).then([{ type: 'HandoverSigned', data: { party: 'head', by: userId('tp.kt'), at: AT.signed } }]).events;
  return [...leaver, ...head];
}

describe('record (ghi nhận nghỉ việc, chuyển công tác)', () => {
  it('records who leaves, why, the last working day, the receiver and the decision, and lists what they hold in the same append', () => {
    const { state } = givenHandover([])
      .when(handoverCmd.record({ held: [...HELD, DOCUMENT] }))
      .then([
        {
          type: 'DepartureRecorded',
          data: {
            handoverId: HANDOVER_ID, userId: userId('cv.kt1'), departmentId: departmentId('KT'), kind: 'transfer', lastWorkingDay: '2026-03-20', receiverId: userId('cv.kt2'),
            decisionRef: '45/QĐ-VP', reason: 'Điều động sang Sở Tài chính', by: userId('tp.hctc'), at: AT.recorded,
          },
        },
        { type: 'HandoverListed', data: { items: HELD, by: userId('tp.hctc'), at: AT.recorded } },
      ]);
    expect(state).toMatchObject({ status: 'open', listedAt: AT.recorded });
    expect(state.status === 'open' && stillHeld(state)).toEqual(HELD.map((item) => item.key));
  });

  it('the office chief records too; anyone else is 403 PERSONNEL_OFFICER_ONLY; twice is the wrong state', () => {
    expect(decideHandover(handoverCmd.record({ actor: actor('chanh.vp') }), initialHandoverState, CONTEXT).map((event) => event.type)).toEqual(['DepartureRecorded', 'HandoverListed']);
    for (const who of ['tp.kt', 'cv.kt2', 'vanthu1']) givenHandover([]).when(handoverCmd.record({ actor: actor(who) })).thenThrows({ code: 'FORBIDDEN', rule: 'PERSONNEL_OFFICER_ONLY' });
    givenHandover(recorded()).when(handoverCmd.record()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('refuses an unknown person, a bad kind or day, the leaver as receiver, no decision', () => {
    const none = givenHandover([]);
    none.when(handoverCmd.record({ userId: 'nobody' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_USER', field: 'userId' });
    none.when(handoverCmd.record({ kind: 'holiday' as never })).thenThrows({ code: 'RULE_VIOLATION', field: 'kind' });
    none.when(handoverCmd.record({ lastWorkingDay: '20/3/2026' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_DATE', field: 'lastWorkingDay' });
    none.when(handoverCmd.record({ receiverId: userId('cv.kt1') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'RECEIVER_IS_LEAVER', field: 'receiverId' });
    none.when(handoverCmd.record({ decisionRef: ' ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DECISION_REF_REQUIRED', field: 'decisionRef' });
  });
});

describe('list (lập lại danh sách)', () => {
  it('keeps the items handed over, drops those no longer held, adds new ones', () => {
    const history = handoverHistory(handoverCmd.record(), handoverCmd.reassign(DOCUMENT.key));
    const fresh = { ...DOSSIER, key: 'dossier-h2', label: 'hồ sơ mới' };
    const { state } = givenHandover(history).when(handoverCmd.list([DOSSIER, fresh], 'cv.kt1')).then([{ type: 'HandoverListed', data: { items: [DOSSIER, fresh], by: userId('cv.kt1'), at: AT.later } }]);
    expect(state.status === 'open' && state.items.map((item) => [item.key, item.handedOver?.outcome ?? null])).toEqual([
      [DOCUMENT.key, 'reassigned'], [DOSSIER.key, null], ['dossier-h2', null],
    ]);
  });

  it('only the leaver, their head or the personnel unit; not after a signature', () => {
    givenHandover(recorded()).when(handoverCmd.list(HELD, 'cv.kt2')).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HANDOVER_PARTY' });
    givenHandover(recorded()).when(handoverCmd.list(HELD, 'tp.vx')).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HANDOVER_PARTY' });
    givenHandover([...allHandedOver(), ...signEvents().slice(0, 1)]).when(handoverCmd.list(HELD)).thenThrows({ code: 'RULE_VIOLATION', rule: 'HANDOVER_ALREADY_SIGNED' });
  });
});

describe('reassign and hand over on paper (giao lại từng mục)', () => {
  it('records the receiver (the departure’s by default, or the one named) and the reason', () => {
    givenHandover(recorded()).when(handoverCmd.reassign(DOCUMENT.key)).then([
      { type: 'HandoverItemReassigned', data: { key: DOCUMENT.key, receiverId: userId('cv.kt2'), reason: 'Bàn giao do chuyển công tác', by: userId('tp.kt'), at: AT.later } },
    ]);
    givenHandover(recorded()).when(handoverCmd.paper(DIRECTIVE.key, 'tp.hctc', { receiverId: userId('cv.vx1') })).then([
      { type: 'HandoverItemHandedOnPaper', data: { key: DIRECTIVE.key, receiverId: userId('cv.vx1'), reason: 'Nhiệm vụ chưa có bước đổi chuyên viên theo dõi', by: userId('tp.hctc'), at: AT.later } },
    ]);
  });

  it('refuses an unknown item, an item handed over, no reason, the leaver as receiver, the wrong way for the item, an outsider', () => {
    const open = givenHandover(recorded());
    open.when(handoverCmd.reassign('document-nope')).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_ITEM', field: 'key' });
    open.when(handoverCmd.reassign(DOCUMENT.key, 'tp.kt', { reason: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED', field: 'reason' });
    open.when(handoverCmd.reassign(DOCUMENT.key, 'tp.kt', { receiverId: userId('cv.kt1') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'RECEIVER_IS_LEAVER' });
    open.when(handoverCmd.reassign(DIRECTIVE.key)).thenThrows({ code: 'RULE_VIOLATION', rule: 'NO_REASSIGNMENT_STEP' });
    open.when(handoverCmd.paper(DOCUMENT.key)).thenThrows({ code: 'RULE_VIOLATION', rule: 'USE_REASSIGNMENT_STEP' });
    open.when(handoverCmd.reassign(DOCUMENT.key, 'cv.vx1')).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HANDOVER_PARTY' });
    givenHandover(handoverHistory(handoverCmd.record(), handoverCmd.reassign(DOCUMENT.key))).when(handoverCmd.reassign(DOCUMENT.key)).thenThrows({ code: 'WRONG_STATE', rule: 'ITEM_ALREADY_HANDED_OVER' });
  });
});

describe('sign (ký biên bản) and release (cho nghỉ)', () => {
  it('HANDOVER_INCOMPLETE while anything is still held, with the count', () => {
    const error = givenHandover(handoverHistory(handoverCmd.record(), handoverCmd.reassign(DOCUMENT.key))).when(handoverCmd.sign('cv.kt1')).thenThrows({ code: 'RULE_VIOLATION', rule: 'HANDOVER_INCOMPLETE' });
    expect(error.details).toEqual({ count: 2, keys: [DOSSIER.key, DIRECTIVE.key] });
  });

  it('counts what the leaver holds now that no listing showed, but not an item handed over that a read model still shows', () => {
    const late = { ...DOCUMENT, key: 'document-d9' };
    const error = givenHandover(allHandedOver()).when(handoverCmd.sign('cv.kt1', [DOCUMENT, late])).thenThrows({ code: 'RULE_VIOLATION', rule: 'HANDOVER_INCOMPLETE' });
    expect(error.details).toEqual({ count: 1, keys: ['document-d9'] });
    givenHandover([...allHandedOver(), ...signEvents()]).when(handoverCmd.release('tp.hctc', [late])).thenThrows({ code: 'RULE_VIOLATION', rule: 'HANDOVER_INCOMPLETE' });
  });

  it('the leaver and the receiving head sign once each; no one else', () => {
    signEvents();
    givenHandover(allHandedOver()).when(handoverCmd.sign('cv.kt2')).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HANDOVER_SIGNER' });
    givenHandover(allHandedOver()).when(handoverCmd.sign('tp.hctc')).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HANDOVER_SIGNER' });
    givenHandover([...allHandedOver(), ...signEvents().slice(0, 1)]).when(handoverCmd.sign('cv.kt1')).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_SIGNED' });
  });

  it('release needs both signatures, by the personnel unit; then nothing more happens', () => {
    givenHandover([...allHandedOver(), ...signEvents().slice(0, 1)]).when(handoverCmd.release()).thenThrows({ code: 'RULE_VIOLATION', rule: 'HANDOVER_NOT_SIGNED' });
    givenHandover(signedByBoth()).when(handoverCmd.release('tp.kt')).thenThrows({ code: 'FORBIDDEN', rule: 'PERSONNEL_OFFICER_ONLY' });
    const { state } = givenHandover(signedByBoth()).when(handoverCmd.release()).then([{ type: 'DepartureReleased', data: { note: null, by: userId('tp.hctc'), at: AT.signed } }]);
    expect(state.status).toBe('released');
    const released = handoverStateFrom([...signedByBoth(), { type: 'DepartureReleased', data: { note: null, by: userId('tp.hctc'), at: AT.signed } }]);
    expect(handoverActions(released, actor('tp.hctc'), CONTEXT.organisation)).toEqual([]);
    givenHandover([...signedByBoth(), { type: 'DepartureReleased', data: { note: null, by: userId('tp.hctc'), at: AT.signed } }]).when(handoverCmd.list(HELD)).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('actions (the buttons)', () => {
  it('follow the turns: item steps per item, sign only when everything is handed over, release after both signatures', () => {
    const open = handoverStateFrom(recorded());
    expect(handoverActions(open, actor('cv.kt1'), CONTEXT.organisation)).toEqual(['list']);
    expect(itemAction(open, DOCUMENT.key, actor('tp.kt'), CONTEXT.organisation)).toBe('reassign');
    expect(itemAction(open, DIRECTIVE.key, actor('tp.kt'), CONTEXT.organisation)).toBe('hand-over-on-paper');
    expect(itemAction(open, DOCUMENT.key, actor('cv.vx1'), CONTEXT.organisation)).toBeNull();
    const done = handoverStateFrom(allHandedOver());
    expect(itemAction(done, DOCUMENT.key, actor('tp.kt'), CONTEXT.organisation)).toBeNull();
    expect(handoverActions(done, actor('cv.kt1'), CONTEXT.organisation)).toEqual(['list', 'sign']);
    expect(handoverActions(done, actor('tp.hctc'), CONTEXT.organisation)).toEqual(['list']);
    expect(handoverActions(handoverStateFrom(signedByBoth()), actor('tp.hctc'), CONTEXT.organisation)).toEqual(['release']);
  });
});
