// The admins' fair-play review queue: plagiarism cases (GET /api/admin/plagiarism), flags
// (GET/POST /api/admin/flags: collusion, fast solves, shared code), and
// one case with both programs side by side, the matching lines marked, and Confirm /
// Dismiss (POST /api/admin/plagiarism/{id}).
import { h, put } from '../dom.js';
import { api } from '../api.js';
import { user } from '../session.js';
import { navigate } from '../router.js';
import { toast } from '../toast.js';
import { needSignIn } from './submissions.js';

const percent = (x) => `${Math.round(x * 100)}%`;

function program(side, ranges, testid) {
  const marked = new Set();
  for (const [low, high] of ranges) for (let line = low; line <= high; line++) marked.add(line);
  const lines = (side.source ?? '').split('\n');
  return h('section', { class: 'card review-side', testid },
    h('h2', { text: `${side.username} · ${side.language} · #${side.submission}` }),
    h('p', { class: 'muted small', text: `submitted ${new Date(side.submittedAt).toLocaleString()}` }),
    h('pre', { class: 'review-code' }, lines.map((text, index) =>
      h('span', { class: marked.has(index + 1) ? 'review-line is-match' : 'review-line', 'data-line': String(index + 1), text: `${text}\n` }))));
}

async function showCase(main, id) {
  let found;
  try { found = await api(`/api/admin/plagiarism/${encodeURIComponent(id)}`); } catch (error) {
    put(main, h('h1', { text: 'Case' }), h('p', { class: 'notice notice-bad', text: error.message })); return;
  }
  const regions = found.regions ?? [];
  const note = h('input', { name: 'note', 'aria-label': 'Note', testid: 'review-note', maxlength: '2000', placeholder: 'Why (kept with the decision)' });
  const decide = (decision) => async () => {
    try {
      await api(`/api/admin/plagiarism/${found.id}`, { method: 'POST', body: { decision, note: note.value || undefined } });
      toast(decision === 'confirm' ? 'Confirmed: the copy and its match result are void.' : 'Dismissed.', 'ok');
      navigate('/admin/plagiarism');
    } catch (error) { toast(error.message, 'bad', 6000); }
  };
  const open = found.status === 'open';
  put(main,
    h('div', { class: 'page-head' }, h('div', {},
      h('h1', { testid: 'review-title', text: `Case ${found.id}: ${found.problem}` }),
      h('p', { class: 'muted', text: `${percent(found.similarity)} alike, ${found.shared} shared fingerprints, ${regions.length} matching regions · ${found.status}${found.match ? ' · in a match (ratings held until decided)' : ''}` }))),
    open ? h('div', { class: 'row card' }, note,
      h('button', { type: 'button', class: 'btn', testid: 'review-confirm', onclick: decide('confirm') }, 'Confirm copying'),
      h('button', { type: 'button', class: 'btn btn-ghost', testid: 'review-dismiss', onclick: decide('dismiss') }, 'Dismiss')) : null,
    h('div', { class: 'grid grid-2 review-pair' },
      program(found.first, regions.map((r) => r.firstLines), 'review-first'),
      program(found.second, regions.map((r) => r.secondLines), 'review-second')));
}

export async function render(main, { id } = {}) {
  if (!user()) return needSignIn(main, 'Review', '/admin/plagiarism');
  if (id) return showCase(main, id);
  let listed, flagged;
  try {
    [listed, flagged] = await Promise.all([api('/api/admin/plagiarism?status=open'), api('/api/admin/flags?status=open')]);
  } catch (error) {
    put(main, h('h1', { text: 'Review' }), h('p', { class: 'notice notice-bad', text: error.message })); return;
  }
  const items = listed.items ?? [];
  put(main,
    h('div', { class: 'page-head' }, h('div', {}, h('h1', { text: 'Fair-play review' }),
      h('p', { text: 'Pairs of accepted submissions whose fingerprints are alike. The later one is the suspected copy.' }))),
    items.length
      ? h('table', { testid: 'review-cases' },
        h('thead', {}, h('tr', {}, ['Case', 'Problem', 'Earlier', 'Later', 'Alike', 'Match'].map((t) => h('th', { text: t })))),
        h('tbody', {}, items.map((c) => h('tr', { testid: `review-case-${c.id}` },
          h('td', {}, h('a', { href: `#/admin/plagiarism/${c.id}`, text: `#${c.id}` })), h('td', { text: c.problem }),
          h('td', { text: c.first.username }), h('td', { text: c.second.username }),
          h('td', { class: 'num', text: percent(c.similarity) }), h('td', { text: c.match ? 'yes (held)' : '' })))))
      : h('p', { class: 'muted', testid: 'review-empty', text: 'Nothing to review.' }),
    flagsSection(main, flagged.items ?? []));
}

const kindNames = { collusion: 'Collusion', fast_solve: 'Fast solve', shared_code: 'Shared code' };

// Flags: repeated lopsided pairings, impossible solves, one program from many accounts.
function flagsSection(main, flags) {
  const decide = (flag, decision) => async () => {
    try {
      await api(`/api/admin/flags/${flag.id}`, { method: 'POST', body: { decision } });
      toast(decision === 'confirm' ? 'Confirmed: the results it names are void.' : 'Dismissed: held ratings are applied.', 'ok');
      render(main);
    } catch (error) { toast(error.message, 'bad', 6000); }
  };
  return h('section', { class: 'stack', testid: 'review-flags' },
    h('h2', { text: 'Flags' }),
    flags.length
      ? h('table', {},
        h('thead', {}, h('tr', {}, ['Flag', 'Kind', 'What was seen', 'Players', 'Match', ''].map((t) => h('th', { text: t })))),
        h('tbody', {}, flags.map((flag) => h('tr', { testid: `review-flag-${flag.id}` },
          h('td', { text: `#${flag.id}` }), h('td', { text: kindNames[flag.kind] ?? flag.kind }), h('td', { text: flag.detail }),
          h('td', { text: flag.usernames.join(', ') }),
          h('td', {}, flag.match ? h('a', { href: `#/match/${flag.match}`, text: 'held' }) : ''),
          h('td', { class: 'row' },
            h('button', { type: 'button', class: 'btn btn-small', testid: `flag-confirm-${flag.id}`, onclick: decide(flag, 'confirm') }, 'Confirm'),
            h('button', { type: 'button', class: 'btn btn-small btn-ghost', testid: `flag-dismiss-${flag.id}`, onclick: decide(flag, 'dismiss') }, 'Dismiss'))))))
      : h('p', { class: 'muted', testid: 'review-flags-empty', text: 'No open flags.' }));
}
