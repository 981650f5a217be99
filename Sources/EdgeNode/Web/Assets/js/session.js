// The signed-in player. The access token lives in sessionStorage, so two windows of
// one browser can be two different players; the refresh cookie is HttpOnly.

const KEY = 'arena.session';
const listeners = new Set();
let current = read();

function read() {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

export function session() {
  return current;
}

export function user() {
  return current?.user ?? null;
}

export function token() {
  return current?.accessToken ?? null;
}

// True when the token expires within `marginMs` (refresh before opening a socket).
export function expiresSoon(marginMs = 60_000) {
  return !current || !current.expiresAt || current.expiresAt - Date.now() < marginMs;
}

export function setSession(auth) {
  const previousUser = current?.user?.username;
  current = auth
    ? { accessToken: auth.accessToken, user: auth.user ?? current?.user, expiresAt: Date.now() + (auth.expiresIn ?? 900) * 1000 }
    : null;
  try {
    if (current) sessionStorage.setItem(KEY, JSON.stringify(current));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Private mode without storage: the session lasts as long as the page.
  }
  const changedUser = previousUser !== current?.user?.username;
  for (const fn of listeners) fn(current, changedUser);
}

export function onSessionChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
