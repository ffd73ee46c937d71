import { forbidden, ruleViolation, type Actor } from '../shared';
import { NOTICE_KINDS, type NoticePreferences, type NoticePreferencesEvent } from './notice-preferences.events';

/** Đổi cài đặt thông báo: a person sets, for each kind, whether it reaches them in the app and by e-mail. */
export interface ChangeNoticePreferences {
  type: 'change';
  userId: string;
  preferences: NoticePreferences;
  actor: Actor;
  now: string;
}

export type NoticePreferencesCommand = ChangeNoticePreferences;

/** Before any choice the defaults apply; `chosen` holds the last choice. */
export type NoticePreferencesState = { status: 'default' } | { status: 'chosen'; preferences: NoticePreferences };

export const initialNoticePreferencesState: NoticePreferencesState = { status: 'default' };

export function evolveNoticePreferences(_state: NoticePreferencesState, event: NoticePreferencesEvent): NoticePreferencesState {
  const { inApp, email } = event.data;
  return { status: 'chosen', preferences: { inApp: { ...inApp }, email: { ...email } } };
}

/**
 * Only the person chooses for themself (`OWN_PREFERENCES_ONLY`); every kind is answered for both
 * channels (`PREFERENCE_INCOMPLETE`, naming the field); the same choice again records nothing.
 */
export function decideNoticePreferences(command: NoticePreferencesCommand, state: NoticePreferencesState): NoticePreferencesEvent[] {
  if (command.actor.userId !== command.userId) throw forbidden('OWN_PREFERENCES_ONLY', 'Mỗi người chỉ tự cài đặt thông báo của mình');
  const preferences = complete(command.preferences);
  if (state.status === 'chosen' && same(state.preferences, preferences)) return [];
  return [{ type: 'NoticePreferencesChanged', data: { userId: command.userId, ...preferences, by: command.actor.userId, at: command.now } }];
}

function complete(preferences: NoticePreferences): NoticePreferences {
  for (const channel of ['inApp', 'email'] as const) {
    for (const kind of NOTICE_KINDS) {
      if (typeof preferences?.[channel]?.[kind] !== 'boolean') {
        throw ruleViolation('PREFERENCE_INCOMPLETE', `Cần chọn có hoặc không cho từng loại thông báo (${channel}.${kind})`, `${channel}.${kind}`);
      }
    }
  }
  // Only the known kinds are kept: the event's data is a fixed contract.
  const pick = (channel: 'inApp' | 'email') => Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, preferences[channel][kind]])) as NoticePreferences['inApp'];
  return { inApp: pick('inApp'), email: pick('email') };
}

function same(a: NoticePreferences, b: NoticePreferences): boolean {
  return NOTICE_KINDS.every((kind) => a.inApp[kind] === b.inApp[kind] && a.email[kind] === b.email[kind]);
}
