/** The signed-in user: the bearer token and who it belongs to, kept for this tab only (sessionStorage). */
const KEY = 'office-ledger.session';
const POSITION_KEY = 'office-ledger.position';

function expired(token) {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return typeof payload.exp === 'number' && payload.exp * 1000 <= Date.now();
  } catch {
    return true;
  }
}

/** `{token, user}` or null when nobody is signed in (or the token has expired). */
export function currentSession() {
  try {
    const session = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (!session?.token || expired(session.token)) return null;
    return session;
  } catch {
    return null;
  }
}

export function saveSession(token, user) {
  sessionStorage.setItem(KEY, JSON.stringify({ token, user }));
}

export function clearSession() {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(POSITION_KEY);
}

/*
 * Read-your-writes: read models lag the event store a little. Every write answers the log position
 * of what it wrote, and api.js remembers it here; the highest one this tab has written is sent as
 * `minPosition` on every read-model route (read-model-routes.js), so lists and counts include our
 * own steps. No page needs code of its own for it.
 */
export function rememberPosition(position) {
  if (position === null || position === undefined) return;
  const known = sessionStorage.getItem(POSITION_KEY);
  if (!known || BigInt(position) > BigInt(known)) sessionStorage.setItem(POSITION_KEY, String(position));
}

export function knownPosition() {
  return sessionStorage.getItem(POSITION_KEY) ?? undefined;
}
