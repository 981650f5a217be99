// The player's live-game session across pages: the queue they wait in and the match
// they sit in (with its resume token, kept in sessionStorage so a reload or a socket
// reconnect resumes the match on any edge). A new tab learns of the seat from the
// server (`match:seated` when the socket opens), and every page but the match itself
// shows a banner leading back to it.
import { on, send } from './socket.js';
import { navigate, currentPath } from './router.js';
import { h } from './dom.js';
import { MODES } from './verdicts.js';
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
  drawBanner();
}

// "You are in a live match": on every page except that match's own screen.
function drawBanner() {
  const banner = document.getElementById('live-banner');
  if (!banner) return;
  const seat = currentMatch();
  const here = currentPath?.() === `/match/${seat?.match}`;
  if (!seat || seat.finished || here) { banner.hidden = true; banner.replaceChildren(); return; }
  const mode = MODES[seat.mode]?.name ?? seat.mode ?? 'live';
  banner.replaceChildren(
    h('span', { text: `You are in a live ${mode} match.` }),
    h('a', { class: 'btn btn-small', href: `#/match/${seat.match}`, testid: 'live-banner-rejoin' }, 'Rejoin'));
  banner.hidden = false;
}
document.addEventListener('arena:route', drawBanner);

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

// The server tells a socket that opens where its player is seated (a new tab, a match
// found or a challenge accepted while away).
on('match:seated', (f) => {
  const mine = currentMatch();
  if (mine?.match === f.match && mine.finished) return;
  store({ match: f.match, mode: f.mode, token: f.resumeToken });
  changed();
  if (mine?.match !== f.match) {
    toast(`You are in a live ${MODES[f.mode]?.name ?? f.mode} match.`, 'ok');
    // The page learnt of the seat after it opened: resume now (socket:open already ran).
    send({ type: 'match:resume', id: `resume-${f.match.slice(0, 8)}`, match: f.match, token: f.resumeToken });
  }
});

on('match:state', (f) => {
  const mine = currentMatch();
  if (mine && f.match === mine.match && f.resumeToken) store({ ...mine, token: f.resumeToken });
});

on('match:end', (f) => {
  const mine = currentMatch();
  if (mine && f.match === mine.match) { store({ ...mine, finished: true }); changed(); }
});

on('error', (f) => {
  if (f.code === 'invalid_resume_token' || (f.code === 'unknown_match' && f.id?.startsWith('resume'))) { store(null); changed(); }
});

// Reconnected (or reloaded) while seated: ask for the full state with the resume token.
on('socket:open', () => {
  lobby.queue = null; // closing the last socket left the queue on the server
  lobby.status = null;
  changed();
  const mine = currentMatch();
  if (mine && !mine.finished) send({ type: 'match:resume', id: `resume-${mine.match.slice(0, 8)}`, match: mine.match, token: mine.token });
});

onSessionChange((current, changedUser) => { if (changedUser) { store(null); changed(); } });
