// The player's live-game session across pages: the queue they wait in and the match
// they sit in (with its resume token, kept in sessionStorage so a reload or a socket
// reconnect resumes the match on any edge).
import { on, send } from './socket.js';
import { navigate } from './router.js';
import { play } from './sound.js';
import { toast } from './toast.js';
import { onSessionChange } from './session.js';

const KEY = 'arena.match';
const listeners = new Set();
export const lobby = { queue: null, status: null };

export function currentMatch() {
  try { return JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch { return null; }
}

function store(value) {
  try {
    if (value) sessionStorage.setItem(KEY, JSON.stringify(value)); else sessionStorage.removeItem(KEY);
  } catch { /* storage unavailable: resume only works while the page lives */ }
}

function changed() {
  for (const fn of listeners) fn(lobby);
}

export function onLobby(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

on('queue:joined', (f) => { lobby.queue = { mode: f.mode, rating: f.rating }; lobby.status = null; changed(); });
on('queue:status', (f) => { lobby.queue = lobby.queue ?? { mode: f.mode }; lobby.status = f; changed(); });
on('queue:left', () => { lobby.queue = null; lobby.status = null; changed(); });

on('match:found', (f) => {
  lobby.queue = null;
  lobby.status = null;
  store({ match: f.match, mode: f.mode, token: f.resumeToken });
  changed();
  play('found');
  toast(`Match found: ${f.mode}. Good luck!`, 'ok');
  navigate(`/match/${f.match}`);
});

on('match:state', (f) => {
  const mine = currentMatch();
  if (mine && f.match === mine.match && f.resumeToken) store({ ...mine, token: f.resumeToken });
});

on('match:end', (f) => {
  const mine = currentMatch();
  if (mine && f.match === mine.match) store({ ...mine, finished: true });
});

on('error', (f) => {
  if (f.code === 'invalid_resume_token' || (f.code === 'unknown_match' && f.id?.startsWith('resume'))) store(null);
});

// Reconnected (or reloaded) while seated: ask for the full state with the resume token.
on('socket:open', () => {
  lobby.queue = null; // closing the last socket left the queue on the server
  lobby.status = null;
  changed();
  const mine = currentMatch();
  if (mine && !mine.finished) send({ type: 'match:resume', id: `resume-${mine.match.slice(0, 8)}`, match: mine.match, token: mine.token });
});

onSessionChange((current, changedUser) => { if (changedUser) store(null); });
