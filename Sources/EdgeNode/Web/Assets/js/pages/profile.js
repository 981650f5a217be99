// A player's profile: XP, streaks, solved count, ratings per mode with the history
// chart, badges, clan and recent matches.
import { h, put, initial, relativeTime, icon } from '../dom.js';
import { api, optional, q } from '../api.js';
import { user } from '../session.js';
import { ratingChart } from '../chart.js';
import { MODES } from '../verdicts.js';
import { needSignIn } from './submissions.js';
import { toast } from '../toast.js';

const BADGES = {
  'first-solve': ['check', 'First solve'], 'ten-solves': ['star', 'Ten solves'], 'streak-7': ['fire', '7-day streak'],
  'polyglot-3': ['globe', 'Polyglot'], 'first-win': ['trophy', 'First win'], 'five-wins': ['crown', 'Five wins'],
};

function stat(label, value, testid) {
  return h('div', { class: 'stat' }, h('span', { class: 'stat-value', testid, text: String(value) }), h('span', { class: 'stat-label', text: label }));
}

// Blocking: neither player can challenge the other (the blocked player's open challenges are declined).
function blockButton(name) {
  const button = h('button', { type: 'button', class: 'btn btn-small btn-ghost', testid: 'profile-block', hidden: true });
  let blocked = false;
  const draw = () => { button.textContent = blocked ? 'Unblock' : 'Block'; button.hidden = false; };
  api('/api/blocks').then((r) => { blocked = (r.items ?? []).some((n) => n.toLowerCase() === name.toLowerCase()); draw(); }).catch(() => {});
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api(`/api/blocks/${encodeURIComponent(name)}`, { method: blocked ? 'DELETE' : 'PUT' });
      blocked = !blocked;
      toast(blocked ? `${name} can no longer challenge you.` : `${name} can challenge you again.`, 'ok');
      draw();
    } catch (error) {
      toast(error.message || 'That did not work; try again.', 'bad');
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

export async function render(main, { username } = {}) {
  const me = user();
  if (!username && !me) return needSignIn(main, 'Profile', '/profile');
  const name = username || me.username;
  let profile;
  try {
    profile = await api(`/api/users/${encodeURIComponent(name)}/profile`, { auth: false });
  } catch (error) {
    put(main, h('h1', { text: name }), h('p', { class: 'notice notice-bad', text: error.message }));
    return;
  }
  const [history, matches] = await Promise.all([
    api(`/api/users/${encodeURIComponent(name)}/ratings`, { auth: false }).catch(() => ({ items: [] })),
    optional('matches', `/api/matches${q({ status: 'finished', user: name, limit: 10 })}`).catch(() => null),
  ]);
  const entries = history?.items ?? [];

  put(main, 
    h('div', { class: 'card profile-head' },
      h('span', { class: 'avatar avatar-big', 'aria-hidden': 'true', text: initial(profile.username) }),
      h('div', {}, h('h1', { testid: 'profile-name', text: profile.username }),
        h('p', { class: 'muted' }, `Joined ${new Date(profile.createdAt).toLocaleDateString()}`,
          profile.clan ? [' · ', h('a', { href: `#/clan/${encodeURIComponent(profile.clan.tag)}`, text: `[${profile.clan.tag}] ${profile.clan.name}` }), ` (${profile.clan.role})`] : '')),
      me && me.username.toLowerCase() !== profile.username.toLowerCase() ? blockButton(profile.username) : null,
      me && me.username.toLowerCase() === profile.username.toLowerCase()
        ? h('a', { class: 'btn btn-ghost btn-small', href: '#/settings', testid: 'goto-settings' }, 'Account settings') : null),
    h('section', { class: 'card', 'aria-labelledby': 'stats-title' }, h('h2', { id: 'stats-title', text: 'Stats' }),
      h('div', { class: 'stats' },
        stat('XP', profile.xp, 'profile-xp'),
        stat('Solved', profile.problemsSolved, 'profile-solved'),
        stat('Streak', profile.currentStreak, 'profile-streak'),
        stat('Best streak', profile.bestStreak, 'profile-best-streak'),
        stat('Matches', profile.matchesPlayed, 'profile-matches'),
        stat('Wins', profile.wins, 'profile-wins'))),
    h('div', { class: 'grid grid-2' },
      h('section', { class: 'card', 'aria-labelledby': 'ratings-title' }, h('h2', { id: 'ratings-title', text: 'Ratings' }),
        profile.ratings?.length
          ? h('table', { testid: 'profile-ratings' }, h('thead', {}, h('tr', {}, h('th', { text: 'Mode' }), h('th', { class: 'num', text: 'Rating' }), h('th', { class: 'num', text: 'Games' }))),
            h('tbody', {}, profile.ratings.map((r) => h('tr', {}, h('td', { text: MODES[r.mode]?.name ?? r.mode }), h('td', { class: 'num', text: String(r.rating) }), h('td', { class: 'num', text: String(r.games) })))))
          : h('p', { class: 'muted', text: 'No rated matches yet: everyone starts at 1500.' })),
      h('section', { class: 'card', 'aria-labelledby': 'badges-title' }, h('h2', { id: 'badges-title', text: 'Badges' }),
        profile.badges?.length
          ? h('ul', { class: 'badges', testid: 'profile-badges' }, profile.badges.map((b) => {
            const [name, label] = BADGES[b.badge] ?? ['star', b.badge];
            return h('li', { class: 'badge', title: `Awarded ${new Date(b.awardedAt).toLocaleDateString()}` }, icon(name), label);
          }))
          : h('p', { class: 'muted', text: 'No badges yet. Solve a problem to earn your first!' }))),
    h('section', { class: 'card', 'aria-labelledby': 'history-title', testid: 'rating-history' }, h('h2', { id: 'history-title', text: 'Rating history' }),
      entries.length ? ratingChart(entries) : h('p', { class: 'muted', text: 'Play a rated match to start the chart.' })),
    matches?.items?.length ? h('section', { class: 'card', 'aria-labelledby': 'recent-title' }, h('h2', { id: 'recent-title', text: 'Recent matches' }),
      h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {}, h('th', { text: 'Mode' }), h('th', { text: 'Players' }), h('th', { class: 'num', text: 'Place' }), h('th', { class: 'hide-narrow', text: 'When' }))),
        h('tbody', {}, matches.items.map((m) => {
          const self = m.players.find((p) => p.username === name);
          return h('tr', {}, h('td', {}, h('a', { href: `#/spectate/${m.id}`, text: MODES[m.mode]?.name ?? m.mode })), h('td', { text: m.players.map((p) => p.username).join(' vs ') }),
            h('td', { class: 'num', text: self?.place ? `#${self.place}` : '—' }), h('td', { class: 'hide-narrow', text: m.endedAt ? relativeTime(m.endedAt) : '' }));
        }))))) : null);
}
