// The one live WebSocket per tab: reconnects with exponential backoff (and jitter, so a
// restarted edge is not hit by every client at once), refreshes the token first when it
// is about to expire, and fans frames out to listeners by `type`.
import { token, expiresSoon, onSessionChange, setSession } from './session.js';
import { refresh, sessionEnded } from './api.js';

const listeners = new Map();
let ws = null;
let attempt = 0;
let timer = null;
let pingTimer = null;
let wanted = false;
let connectedOnce = false;
let serverOffset = 0; // serverTime - Date.now(), from the hello frame and events

export function on(type, fn) {
  if (!listeners.has(type)) listeners.set(type, new Set());
  listeners.get(type).add(fn);
  return () => listeners.get(type)?.delete(fn);
}

function emit(type, frame) {
  for (const fn of listeners.get(type) ?? []) {
    try { fn(frame); } catch (error) { console.warn('listener failed', type, error); }
  }
}

export function isOpen() {
  return ws?.readyState === WebSocket.OPEN;
}

// Server clock estimate: the client never decides time, it only shows the server's.
export function serverNow() {
  return Date.now() + serverOffset;
}

export function send(frame) {
  if (!isOpen()) return false;
  ws.send(JSON.stringify(frame));
  return true;
}

let nextId = 0;
export function request(frame) {
  const id = `c${++nextId}`;
  return send({ ...frame, id }) ? id : null;
}

function setState(state) {
  emit('socket:state', { state });
}

// One opening at a time: `connect()` is called by the boot code and by pages, and the
// token refresh below is async, so the guard must be taken before the first await.
let opening = null;
const sockets = new Set(); // every socket not yet closed, so disconnect() reaches all

function open() {
  clearTimeout(timer);
  if (opening) return opening;
  if (!wanted || !token()) return null;
  if (ws && (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING)) return null;
  const pending = openSocket().finally(() => { if (opening === pending) opening = null; });
  opening = pending;
  return pending;
}

async function openSocket() {
  setState('connecting');
  if (expiresSoon()) {
    try {
      await refresh();
    } catch (error) {
      // Refused: refresh() ended the session. Unreachable: a token that is still valid
      // is used as is; an expired one waits for the next attempt (the session stays).
      if (sessionEnded(error)) return;
      if (expiresSoon(0)) { setState('offline'); schedule(); return; }
    }
  }
  if (!wanted || !token()) return;
  if (ws && (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING)) return;
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const socket = new WebSocket(`${scheme}://${location.host}/ws?access_token=${encodeURIComponent(token())}`);
  ws = socket;
  sockets.add(socket);
  // A socket that is no longer the current one (closed by disconnect) stays silent.
  socket.addEventListener('open', () => {
    if (ws !== socket) return;
    const reconnect = connectedOnce;
    attempt = 0;
    connectedOnce = true;
    setState('on');
    clearInterval(pingTimer);
    pingTimer = setInterval(() => {
      send({ type: 'ping' });
      // The edge closes a socket whose token expires (code 4001): refresh ahead of time;
      // the session change below hands the new token to the socket.
      if (expiresSoon(90_000)) refresh().catch(() => {});
    }, 25_000);
    emit('socket:open', { reconnect });
  });
  socket.addEventListener('message', (event) => {
    if (ws !== socket) return;
    let frame;
    try { frame = JSON.parse(event.data); } catch { return; }
    if (typeof frame?.type !== 'string') return;
    if (typeof frame.serverTime === 'number' && (frame.type === 'hello' || frame.type === 'match:tick')) {
      serverOffset = frame.serverTime - Date.now();
    }
    emit(frame.type, frame);
    emit('*', frame);
  });
  socket.addEventListener('close', (event) => {
    sockets.delete(socket);
    if (ws !== socket) return;
    // 4001: this window's session ended (signed out here or elsewhere, revoked): end it here
    // too (no reconnect). Or its token ran out: refresh, then the reconnect below uses the new one.
    const ended = event.code === 4001 && (event.reason || '').startsWith('session ended');
    if (event.code === 4001 && !ended) refresh().catch(() => {});
    ws = null;
    clearInterval(pingTimer);
    setState('off');
    emit('socket:close', {});
    if (ended) { setSession(null); return; }
    schedule();
  });
}

function schedule() {
  if (!wanted) return;
  const base = Math.min(15_000, 500 * 2 ** attempt);
  attempt += 1;
  clearTimeout(timer);
  timer = setTimeout(open, base / 2 + Math.random() * base / 2);
}

export function connect() {
  wanted = true;
  open();
}

export function disconnect() {
  wanted = false;
  clearTimeout(timer);
  clearInterval(pingTimer);
  connectedOnce = false;
  attempt = 0;
  ws = null;
  // An opening still awaiting its refresh re-checks `wanted` and `ws` before it creates
  // a socket, so a connect() right after this may start its own.
  opening = null;
  for (const socket of sockets) socket.close(1000, 'signed out');
  sockets.clear();
  setState('off');
}

// A new player in this tab needs a socket under their own name.
onSessionChange((current, changedUser) => {
  if (!current) disconnect();
  else if (changedUser) {
    disconnect();
    connect();
  } else if (isOpen()) {
    // A refreshed token keeps the open socket past the old one's expiry.
    send({ type: 'auth', token: token() });
  }
});
