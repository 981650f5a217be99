// JSON over fetch with the bearer token. A 401 triggers one refresh (the HttpOnly
// cookie rotates) and one retry; concurrent 401s share that single refresh. Only a
// refresh that the server refuses ends the session: a 5xx or a network error keeps it
// (and the match seat) and the app shows that it is offline and retrying.
import { token, setSession, session, expiresSoon } from './session.js';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
  }
}

let refreshing = null;

// Tells the connection indicator (connection.js) whether the server is reachable.
function setOffline(offline) {
  document.dispatchEvent(new CustomEvent('arena:offline', { detail: { offline } }));
}

// The `name` claim of a JWT (display only; the server verifies tokens).
function tokenName(jwt) {
  try {
    const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(part)).name ?? null;
  } catch {
    return null;
  }
}

// True when a failed refresh means the session is over (the cookie was refused or
// belongs to another player), false when the server was merely unreachable.
export function sessionEnded(error) {
  return error?.status === 401 || error?.code === 'session_mismatch';
}

const HINT = 'arena_signed_in';

// The core sets this readable cookie next to the HttpOnly refresh cookie (and clears both
// on sign-out): a new tab only tries to restore a session when it is there.
export function hasSessionHint() {
  return document.cookie.split(';').some((c) => c.trim() === `${HINT}=1`);
}

function clearSessionHint() {
  document.cookie = `${HINT}=; Max-Age=0; Path=/; SameSite=Strict`;
}

export function refresh() {
  if (!refreshing) {
    refreshing = fetch('/api/auth/refresh', { method: 'POST', credentials: 'same-origin' })
      .catch(() => { throw new ApiError(0, 'offline', 'the server is unreachable; retrying'); })
      .then(async (res) => {
        if (res.status === 401) throw new ApiError(401, 'refresh_failed', 'your session has ended; sign in again');
        if (!res.ok) throw new ApiError(res.status, 'refresh_unavailable', `the server could not refresh the session (${res.status}); retrying`);
        const body = await res.json();
        // The refresh cookie is per browser, but sessions are per window: if another window
        // signed in as someone else since, this cookie belongs to them. Never switch users.
        const mine = session()?.user?.username;
        const theirs = body.user?.username ?? tokenName(body.accessToken);
        if (mine && theirs && mine !== theirs) {
          throw new ApiError(401, 'session_mismatch', 'another account signed in in this browser; sign in again in this window');
        }
        setSession({ ...body, user: body.user ?? session()?.user });
        setOffline(false);
        return body;
      })
      .catch((error) => {
        if (sessionEnded(error)) { if (error.code !== 'session_mismatch') clearSessionHint(); setSession(null); } else setOffline(true);
        throw error;
      })
      .finally(() => { refreshing = null; });
  }
  return refreshing;
}

export async function api(path, { method = 'GET', body, auth = true, retry = true, headers: extra = {} } = {}) {
  const headers = { accept: 'application/json', ...extra };
  if (body !== undefined) headers['content-type'] = 'application/json';
  // Refresh an expired token first: a 401 would show up as a console error.
  // Unreachable: go on with the old token (the request may still get through).
  if (auth && token() && expiresSoon(5_000) && retry) {
    try { await refresh(); } catch { /* refresh() already ended the session or went offline */ }
  }
  const bearer = auth ? token() : null;
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const res = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401 && bearer && retry) {
    await refresh();
    return api(path, { method, body, auth, retry: false, headers: extra });
  }
  if (res.status === 204) return null;
  let data = null;
  const text = await res.text();
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!res.ok) {
    throw new ApiError(res.status, data?.error?.code, data?.error?.message || `${method} ${path} failed (${res.status})`);
  }
  return data;
}

// Endpoints that a server may not have yet: remember a 404 for this tab so the page
// degrades once instead of asking again on every view.
const missing = new Set(JSON.parse(sessionStorage.getItem('arena.missing') || '[]'));

export async function optional(name, path) {
  if (missing.has(name)) return null;
  try {
    return await api(path);
  } catch (error) {
    if (error.status === 404 && error.code === 'not_found') {
      missing.add(name);
      sessionStorage.setItem('arena.missing', JSON.stringify([...missing]));
      return null;
    }
    throw error;
  }
}

export const q = (params) => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v != null) search.set(k, v);
  const s = search.toString();
  return s ? `?${s}` : '';
};
