// Find a match: pick a mode, join the queue, watch position / wait / rating window.
// Below: challenge named players (an invitation they accept), and the global chat.
import { h, put, clear, icon } from '../dom.js';
import { user } from '../session.js';
import { api } from '../api.js';
import { send, isOpen, on, connect } from '../socket.js';
import { lobby, onLobby, currentMatch } from '../live.js';
import { globalChat } from '../global-chat.js';
import { MODES } from '../verdicts.js';
import { load, save } from '../prefs.js';
import { needSignIn } from './submissions.js';
import { challengeCard } from './challenge-card.js';

export function render(main) {
  if (!user()) return needSignIn(main, 'Play', '/play');
  connect();
  let mode = load('mode', 'blitz');
  const fieldset = h('fieldset', { class: 'modes', testid: 'mode-picker' }, h('legend', { text: 'Game mode' }),
    Object.entries(MODES).map(([id, m]) => {
      const radio = h('input', { type: 'radio', name: 'mode', value: id, checked: id === mode, testid: `mode-${id}` });
      radio.addEventListener('change', () => { mode = id; save('mode', id); });
      return h('label', { class: 'mode-card' }, radio,
        h('span', { class: 'mode-icon' }, icon(m.icon)),
        h('span', { class: 'mode-name', text: m.name }),
        h('span', { class: 'mode-desc', text: m.desc }),
        h('span', { class: 'mode-rating', testid: `mode-rating-${id}`, text: 'Rating 1500 · unranked' }));
    }));
  const joinButton = h('button', { type: 'submit', class: 'btn btn-big', testid: 'queue-join' }, 'Find match');
  const form = h('form', { testid: 'queue-form', 'aria-label': 'Find a match' }, fieldset, h('div', { class: 'row' }, joinButton));
  const queueBox = h('section', { class: 'card queue-box', testid: 'queue-box', 'aria-label': 'Queue', hidden: true });
  const status = h('div', { role: 'status', 'aria-live': 'polite', testid: 'queue-status', class: 'muted' });
  const errorBox = h('p', { class: 'notice notice-bad', role: 'alert', hidden: true, testid: 'queue-error' });
  const resume = currentMatch();
  const chat = globalChat();

  put(main, h('div', { class: 'page-head' }, h('div', {}, h('h1', { text: 'Play' }), h('p', { text: 'Matchmaking pairs you with players near your rating.' }))),
    resume && !resume.finished ? h('p', { class: 'notice' }, 'You are in a live match. ', h('a', { href: `#/match/${resume.match}`, testid: 'back-to-match' }, 'Return to it')) : null,
    errorBox, h('div', { class: 'card' }, form), queueBox, status,
    h('div', { class: 'grid grid-2' }, challengeCard(user().username), chat.root));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errorBox.hidden = true;
    if (!send({ type: 'queue:join', id: 'queue-join', mode })) {
      errorBox.textContent = 'Not connected to the live server yet; retrying…';
      errorBox.hidden = false;
      return;
    }
    status.textContent = `Joining the ${MODES[mode].name} queue…`;
  });

  function stat(label, value, testid) {
    return h('div', { class: 'stat' }, h('span', { class: 'stat-value', testid, text: value }), h('span', { class: 'stat-label', text: label }));
  }

  function draw() {
    const queued = lobby.queue;
    form.hidden = !!queued;
    queueBox.hidden = !queued;
    if (!queued) return;
    const s = lobby.status;
    put(clear(queueBox), 
      h('div', { class: 'radar', 'aria-hidden': 'true' }),
      h('h2', { text: `Searching for a ${MODES[queued.mode]?.name ?? queued.mode} match…` }),
      queued.rating ? h('p', { class: 'muted', text: `Your rating: ${queued.rating}` }) : null,
      h('div', { class: 'queue-stats' },
        stat('Position', s ? `${s.position} / ${s.queued}` : '…', 'queue-position'),
        stat('Waited', s ? `${s.waitedSeconds}s` : '0s', 'queue-waited'),
        stat('Rating window', s ? `±${s.window}` : '…', 'queue-window')),
      h('button', { type: 'button', class: 'btn btn-danger', testid: 'queue-leave', onclick: () => send({ type: 'queue:leave', id: 'queue-leave' }) }, 'Leave queue'));
    status.textContent = s ? `In queue: position ${s.position} of ${s.queued}, waited ${s.waitedSeconds} seconds, window ±${s.window}.` : 'Joined the queue.';
  }

  const offs = [
    onLobby(draw),
    on('error', (f) => {
      if (f.id !== 'queue-join' && f.id !== 'queue-leave') return;
      const seat = currentMatch();
      // The way back, not just the refusal.
      if (f.code === 'in_match' && seat && !seat.finished) {
        put(clear(errorBox), 'You are in a live match; finish it first. ', h('a', { href: `#/match/${seat.match}`, testid: 'queue-error-rejoin' }, 'Rejoin it'));
      } else errorBox.textContent = f.message || f.code;
      errorBox.hidden = false;
    }),
    on('queue:left', () => { status.textContent = 'You left the queue.'; }),
    chat.dispose,
  ];
  draw();
  if (!isOpen()) status.textContent = 'Connecting to the live server…';
  // The player's rating per mode, so they know what they queue with.
  api(`/api/users/${encodeURIComponent(user().username)}/profile`, { auth: false }).then((profile) => {
    for (const r of profile?.ratings ?? []) {
      const el = fieldset.querySelector(`[data-testid="mode-rating-${CSS.escape(r.mode)}"]`);
      if (el) el.textContent = `Rating ${r.rating} · ${r.games} game${r.games === 1 ? '' : 's'}`;
    }
  }).catch(() => {});
  return () => offs.forEach((off) => off());
}
