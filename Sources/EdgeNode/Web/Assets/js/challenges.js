// Challenges are invitations: the ones this player sent and received (GET /api/challenges),
// kept fresh by the `challenge:invited` and `challenge:updated` frames. On every page an
// invitation shows in the invitation bar with Accept and Decline; nobody is seated until
// every invited player accepted (then `match:found` opens the match, live.js).
import { on } from './socket.js';
import { api } from './api.js';
import { user, onSessionChange } from './session.js';
import { h } from './dom.js';
import { MODES } from './verdicts.js';
import { toast } from './toast.js';
import { navigate } from './router.js';
import { play } from './sound.js';

const items = new Map();
const listeners = new Set();

export function challenges() {
  return [...items.values()].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
}

export function onChallenges(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function changed() {
  for (const fn of listeners) fn(challenges());
  drawInvitations();
}

function keep(challenge) {
  items.set(challenge.id, challenge);
  changed();
}

export function isOpen(challenge) {
  return challenge.status === 'pending' && Date.parse(challenge.expiresAt) > Date.now();
}

export function describe(challenge) {
  return [MODES[challenge.mode]?.name ?? challenge.mode, challenge.rated ? 'rated' : 'unrated', challenge.isPrivate ? 'private' : null]
    .filter(Boolean).join(' · ');
}

export function secondsLeft(challenge) {
  return Math.max(0, Math.round((Date.parse(challenge.expiresAt) - Date.now()) / 1000));
}

export async function reload() {
  if (!user()) { items.clear(); changed(); return; }
  try {
    const listed = await api('/api/challenges');
    items.clear();
    for (const challenge of listed.items ?? []) items.set(challenge.id, challenge);
    changed();
  } catch { /* the list is refreshed by the next frame or reconnect */ }
}

export async function sendChallenge(body) {
  const challenge = await api('/api/challenges', { method: 'POST', body });
  keep(challenge);
  return challenge;
}

// `verb` is accept or decline (a challenger's decline cancels it).
export async function answer(id, verb) {
  const challenge = await api(`/api/challenges/${encodeURIComponent(id)}/${verb}`, { method: 'POST' });
  keep(challenge);
  if (challenge.match) navigate(`/match/${challenge.match}`); // unless match:found already went there
  return challenge;
}

function mine(player) {
  return player.username.toLowerCase() === user()?.username?.toLowerCase();
}

// Open challenges that wait for this player's answer.
export function invitations() {
  return challenges().filter((c) => isOpen(c) && c.players.some((p) => mine(p) && p.response === 'pending'));
}

function drawInvitations() {
  const bar = document.getElementById('invite-banner');
  if (!bar) return;
  const open = invitations();
  if (!open.length) { bar.hidden = true; bar.replaceChildren(); return; }
  bar.replaceChildren(...open.map((challenge) => {
    const accept = h('button', { type: 'button', class: 'btn btn-small', testid: 'invitation-accept' }, 'Accept');
    const decline = h('button', { type: 'button', class: 'btn btn-small btn-ghost', testid: 'invitation-decline' }, 'Decline');
    for (const [button, verb] of [[accept, 'accept'], [decline, 'decline']]) {
      button.addEventListener('click', async () => {
        accept.disabled = decline.disabled = true;
        try { await answer(challenge.id, verb); } catch (error) {
          toast(error.message || 'The challenge could not be answered.', 'bad', 6000);
          accept.disabled = decline.disabled = false;
        }
      });
    }
    return h('div', { class: 'invite', testid: 'invitation', 'data-challenge': challenge.id },
      h('span', { testid: 'invitation-text', text: `${challenge.challenger} challenges you: ${describe(challenge)}` }),
      h('span', { class: 'muted small', 'data-expires': challenge.expiresAt, text: `${secondsLeft(challenge)} s left` }),
      h('span', { class: 'row' }, accept, decline));
  }));
  bar.hidden = false;
}

// The countdowns, and invitations that ran out, once a second (only while one shows).
setInterval(() => {
  const bar = document.getElementById('invite-banner');
  if (!bar || bar.hidden) return;
  if (invitations().length !== bar.children.length) { drawInvitations(); return; }
  for (const span of bar.querySelectorAll('[data-expires]')) {
    span.textContent = `${Math.max(0, Math.round((Date.parse(span.dataset.expires) - Date.now()) / 1000))} s left`;
  }
}, 1000);

on('challenge:invited', (frame) => {
  keep(frame.challenge);
  play('found');
  toast(`${frame.challenge.challenger} challenges you to ${describe(frame.challenge)}.`, 'ok', 6000);
});

on('challenge:updated', (frame) => {
  const before = items.get(frame.challenge.id);
  keep(frame.challenge);
  const challenge = frame.challenge;
  if (before?.status === challenge.status) return;
  if (challenge.status === 'declined' || challenge.status === 'cancelled') {
    const who = challenge.players.find((p) => p.response === 'declined' && !mine(p));
    if (who) toast(`${who.username} ${challenge.status === 'cancelled' ? 'cancelled' : 'declined'} the ${MODES[challenge.mode]?.name ?? ''} challenge.`, 'info', 6000);
  }
});

on('socket:open', reload);
onSessionChange(() => reload());
