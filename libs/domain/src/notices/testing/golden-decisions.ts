import type { Actor } from '../../shared';
import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { decideNoticePreferences, evolveNoticePreferences, initialNoticePreferencesState } from '../notice-preferences.decide';
import { DEFAULT_NOTICE_PREFERENCES } from '../notice-preferences.events';

/* A person turns off the "due soon" e-mails (the inputs of notice-preferences.decide.spec). */

export function noticeGoldenDecisions(): GoldenDecision[] {
  const userId = '00000000-0000-4000-8000-000000000211';
  const actor: Actor = { userId, roles: ['specialist'], departmentId: null };
  const preferences = { inApp: { ...DEFAULT_NOTICE_PREFERENCES.inApp }, email: { ...DEFAULT_NOTICE_PREFERENCES.email, due_soon: false } };
  return stream(decideNoticePreferences, evolveNoticePreferences, initialNoticePreferencesState, [{ type: 'change', userId, preferences, actor, now: '2026-03-02T02:00:00.000Z' }]);
}
