import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { deciderSpec } from '../testing/given-when-then';
import type { Actor } from '../shared';
import { decideNoticePreferences, evolveNoticePreferences, initialNoticePreferencesState, type ChangeNoticePreferences, type NoticePreferencesState } from './notice-preferences.decide';
import { DEFAULT_NOTICE_PREFERENCES, type NoticePreferences, type NoticePreferencesEvent } from './notice-preferences.events';

const given = deciderSpec<ChangeNoticePreferences, NoticePreferencesState, NoticePreferencesEvent, void>(
  { decide: (command, state) => decideNoticePreferences(command, state), evolve: evolveNoticePreferences, initialState: initialNoticePreferencesState },
  undefined,
);

const userId = '00000000-0000-4000-8000-000000000211';
const at = '2026-03-02T02:00:00.000Z';
const actor: Actor = { userId, roles: ['specialist'], departmentId: null };
const noDueSoonMail: NoticePreferences = { inApp: { ...DEFAULT_NOTICE_PREFERENCES.inApp }, email: { ...DEFAULT_NOTICE_PREFERENCES.email, due_soon: false } };
const change = (preferences: NoticePreferences, by = actor): ChangeNoticePreferences => ({ type: 'change', userId, preferences, actor: by, now: at });
const changed = (preferences: NoticePreferences): NoticePreferencesEvent => ({ type: 'NoticePreferencesChanged', data: { userId, ...preferences, by: userId, at } });

describe('notice preferences (preferences-<userId>)', () => {
  it('records the first choice whole', () => {
    given([]).when(change(noDueSoonMail)).then([changed(noDueSoonMail)]);
  });

  it('records nothing when the same choice is made again', () => {
    given([changed(noDueSoonMail)]).when(change(noDueSoonMail)).then([]);
  });

  it('records a change of mind', () => {
    given([changed(noDueSoonMail)]).when(change(DEFAULT_NOTICE_PREFERENCES)).then([changed(DEFAULT_NOTICE_PREFERENCES)]);
  });

  it('lets nobody choose for someone else', () => {
    const other: Actor = { userId: '00000000-0000-4000-8000-000000000212', roles: ['department_head'], departmentId: null };
    given([]).when(change(noDueSoonMail, other)).thenThrows({ code: 'FORBIDDEN', rule: 'OWN_PREFERENCES_ONLY' });
  });

  it('refuses a choice that leaves a kind unanswered, naming it', () => {
    const partial = { inApp: { ...DEFAULT_NOTICE_PREFERENCES.inApp }, email: { new_work: true, due_soon: true, overdue: true } } as unknown as NoticePreferences;
    given([]).when(change(partial)).thenThrows({ code: 'RULE_VIOLATION', rule: 'PREFERENCE_INCOMPLETE', field: 'email.returned' });
  });

  it('writes the event of its golden fixture (the contract of NoticePreferencesChanged v1)', () => {
    const golden = JSON.parse(readFileSync(join(__dirname, 'testing/golden-events/NoticePreferencesChanged.v1.json'), 'utf8'));
    const { events } = given([]).when(change(noDueSoonMail)).then([changed(noDueSoonMail)]);
    expect(events[0]).toEqual({ type: golden.type, data: golden.data });
  });
});
