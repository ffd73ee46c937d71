import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { historyUntil, userId } from './testing/dossier-fixtures';
import { dossierStateFrom, evolveDossier, initialDossierState } from './dossier.state';

describe('evolveDossier never throws and never builds an ill-typed state', () => {
  it('ignores events before the dossier exists, a second receipt, and steps out of order', () => {
    const history = historyUntil('returned');
    const signed = history.find((event) => event.type === 'DossierResultSigned')!;
    const received = history[0];
    expect(evolveDossier(initialDossierState, signed)).toBe(initialDossierState);
    const state = dossierStateFrom([received]);
    expect(evolveDossier(state, received)).toBe(state);
    expect(evolveDossier(state, signed)).toBe(state);
    const supplied = { type: 'DossierSupplementReceived' as const, data: { items: ['x'], previousDue: { due: '2025-05-05', calendarVersion: 'v' }, due: { due: '2025-05-09', calendarVersion: 'v' }, by: 'u', at: received.data.at } };
    expect(evolveDossier(state, supplied)).toBe(state);
  });

  it('folds the whole path: holder, handler, path of people, control sheet', () => {
    const state = dossierStateFrom(historyUntil('returned'));
    expect(state.status).toBe('returned');
    if (state.status !== 'returned') return;
    expect(state.handovers).toHaveLength(7);
    expect(state.path).toEqual(['motcua1', 'tp.kt', 'cv.kt1', 'pho.chanh.vp.kt', 'pho.chu.tich.kt', 'vanthu1'].map(userId));
    expect(state.currentStep.no).toBe(8);
  });
});
