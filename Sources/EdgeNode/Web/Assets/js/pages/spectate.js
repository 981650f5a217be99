// Spectate: live public matches (newest first), recent results, or a match by id.
import { h, put, clear, field, relativeTime, icon } from '../dom.js';
import { optional, q } from '../api.js';
import { navigate } from '../router.js';
import { MODES } from '../verdicts.js';
import { user } from '../session.js';
import { needSignIn } from './submissions.js';

function matchCard(m, live) {
  const mode = MODES[m.mode] ?? { name: m.mode, icon: '' };
  // The player's own live match: a way back to playing it, not a read-only view.
  const mine = live && m.players.some((p) => p.username === user()?.username);
  if (mine) {
    return h('li', { class: 'card', testid: `match-card-${m.id}` },
      h('div', { class: 'row' }, h('span', { class: 'pill pill-live', text: 'live' }), h('strong', {}, icon(mode.icon || 'star'), ` ${mode.name}`)),
      h('p', { class: 'small' }, m.players.map((p, i) => [i ? ' vs ' : '', h('strong', { text: p.username })])),
      h('p', { class: 'small muted', text: 'You are playing this match.' }),
      h('a', { class: 'btn btn-small', href: `#/match/${m.id}`, testid: 'rejoin-link' }, 'Rejoin'));
  }
  return h('li', { class: 'card', testid: `match-card-${m.id}` },
    h('div', { class: 'row' }, h('span', { class: `pill ${live ? 'pill-live' : ''}`, text: live ? 'live' : m.status }), h('strong', {}, icon(mode.icon || 'star'), ` ${mode.name}`)),
    h('p', { class: 'small' }, m.players.map((p, i) => [i ? ' vs ' : '', h('strong', { text: p.username }), live ? '' : ` (${p.score})`])),
    h('p', { class: 'small muted', text: m.startedAt ? `started ${relativeTime(m.startedAt)}` : '' }),
    live ? h('a', { class: 'btn btn-small', href: `#/spectate/${m.id}`, testid: 'watch-link', 'aria-label': `Watch ${mode.name}: ${m.players.map((p) => p.username).join(' vs ')}` }, 'Watch')
      : h('a', { class: 'btn btn-ghost btn-small', href: `#/spectate/${m.id}`, 'aria-label': `Result of ${mode.name}: ${m.players.map((p) => p.username).join(' vs ')}` }, 'Result'));
}

export async function render(main) {
  if (!user()) return needSignIn(main, 'Spectate', '/spectate');
  const liveList = h('ul', { class: 'grid grid-3 plain-list', testid: 'live-matches' });
  const doneList = h('ul', { class: 'grid grid-3 plain-list', testid: 'finished-matches' });
  const idInput = h('input', { name: 'match', placeholder: 'match id (UUID)', testid: 'spectate-id', autocomplete: 'off' });
  const form = h('form', { class: 'filters', 'aria-label': 'Watch a match by id' }, field('Match id', idInput), h('button', { class: 'btn', type: 'submit' }, 'Watch'));
  form.addEventListener('submit', (e) => { e.preventDefault(); if (idInput.value.trim()) navigate(`/spectate/${idInput.value.trim()}`); });
  const status = h('p', { class: 'muted', role: 'status', 'aria-live': 'polite' });
  const liveSection = h('section', { 'aria-labelledby': 'live-title' }, h('h2', { id: 'live-title', text: 'Live now' }), liveList);
  const doneSection = h('section', { 'aria-labelledby': 'done-title' }, h('h2', { id: 'done-title', text: 'Recently finished' }), doneList);
  put(main, h('div', { class: 'page-head' }, h('div', {}, h('h1', { text: 'Spectate' }), h('p', { text: 'Watch live public matches as they happen.' })),
    h('button', { type: 'button', class: 'btn btn-ghost', testid: 'spectate-refresh', onclick: () => load() }, 'Refresh')),
  status,
  liveSection,
  h('section', { class: 'card', 'aria-labelledby': 'byid-title' }, h('h2', { id: 'byid-title', text: 'Watch by id' }), form),
  doneSection);

  async function load() {
    status.textContent = 'Loading…';
    try {
      const [live, done] = await Promise.all([
        optional('matches', `/api/matches${q({ status: 'live', limit: 24 })}`),
        optional('matches', `/api/matches${q({ status: 'finished', limit: 12 })}`),
      ]);
      liveSection.hidden = !live;
      doneSection.hidden = !live;
      if (!live) {
        status.textContent = 'This server cannot list matches yet; enter a match id to watch it.';
        return;
      }
      put(clear(liveList), ...(live.items ?? []).map((m) => matchCard(m, true)));
      put(clear(doneList), ...(done?.items ?? []).map((m) => matchCard(m, false)));
      if (!live.items?.length) put(liveList, h('li', { class: 'empty card', text: 'No live public matches right now. Start one from Play!' }));
      if (!done?.items?.length) put(doneList, h('li', { class: 'empty card', text: 'No finished matches yet.' }));
      status.textContent = `${live.items?.length ?? 0} live match${live.items?.length === 1 ? '' : 'es'}.`;
    } catch (error) {
      status.textContent = error.message;
    }
  }
  await load();
  const poll = setInterval(load, 15_000);
  return () => clearInterval(poll);
}
