// The player's own submissions, newest first (verdict, time, memory, language, when).
import { h, put, clear, relativeTime, field } from '../dom.js';
import { api, q } from '../api.js';
import { user } from '../session.js';
import { verdictChip, formatMemory, formatTime, formatScore } from '../verdicts.js';
import { on } from '../socket.js';
import { draftKey, save } from '../prefs.js';
import { rememberLanguage } from '../languages.js';
import { navigate } from '../router.js';
import { copyText } from './problem.js';

// A past submission's code (its author only), under its row: copy it, or take it back
// to the problem's editor as the draft for its language.
async function codeRow(s, columns) {
  const cell = h('td', { colspan: columns }, h('p', { class: 'muted small', text: 'Loading the code…' }));
  const row = h('tr', { class: 'code-row', testid: `code-row-${s.id}` }, cell);
  try {
    const found = await api(`/api/submissions/${encodeURIComponent(s.id)}/source`);
    const pre = h('pre', { class: 'run-output code-view', testid: `code-${s.id}`, text: found.source });
    const copy = h('button', { type: 'button', class: 'btn btn-ghost btn-small', onclick: (e) => copyText(found.source, e.currentTarget) }, 'Copy');
    const edit = h('button', {
      type: 'button', class: 'btn btn-small', testid: `edit-code-${s.id}`,
      onclick: () => {
        save(draftKey(user().username, found.problem, found.language), found.source);
        rememberLanguage(found.language);
        navigate(`/problem/${found.problem}`);
      },
    }, 'Open in the editor');
    put(clear(cell), s.judgeMessage ? h('pre', { class: 'run-output small', text: s.judgeMessage }) : null, pre, h('div', { class: 'row' }, copy, edit));
  } catch (error) {
    put(clear(cell), h('p', { class: 'notice notice-bad', text: error.message }));
  }
  return row;
}

export function needSignIn(main, title, back) {
  sessionStorage.setItem('arena.after-signin', back);
  put(main, h('div', { class: 'auth-wrap card center' }, h('h1', { text: title }),
    h('p', { class: 'muted', text: 'You need to be signed in for this page.' }),
    h('div', { class: 'row' }, h('a', { class: 'btn', href: '#/signin', testid: 'need-signin' }, 'Sign in'), h('a', { class: 'btn btn-ghost', href: '#/signup' }, 'Sign up'))));
}

export async function render(main) {
  if (!user()) return needSignIn(main, 'My submissions', '/submissions');
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const problem = h('input', { type: 'search', name: 'problem', value: params.get('problem') || '', placeholder: 'e.g. a-plus-b', testid: 'submissions-problem' });
  const body = h('tbody', { testid: 'submission-rows' });
  const status = h('p', { class: 'muted small', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter submissions' }, field('Problem', problem),
    h('button', { class: 'btn btn-ghost', type: 'submit' }, 'Filter'));
  put(main, h('div', { class: 'page-head' }, h('div', {}, h('h1', { text: 'My submissions' }), h('p', { text: 'Every solution you sent, newest first.' }))),
    h('div', { class: 'card' }, form, status,
      h('div', { class: 'table-wrap' }, h('table', { testid: 'submissions-table' },
        h('thead', {}, h('tr', {}, h('th', { text: 'When' }), h('th', { text: 'Problem' }), h('th', { text: 'Verdict' }),
          h('th', { class: 'num', text: 'Time' }), h('th', { class: 'num hide-narrow', text: 'Memory' }), h('th', { class: 'hide-narrow', text: 'Language' }), h('th', { text: 'Code' }))),
        body))));

  async function load() {
    try {
      const data = await api(`/api/submissions${q({ user: 'me', problem: problem.value.trim(), limit: 50 })}`);
      const items = data?.items ?? [];
      clear(body);
      for (const s of items) {
        put(body, h('tr', { testid: 'submission-row', dataset: { problem: s.problem, verdict: s.verdict } },
          h('td', { class: 'nowrap' }, h('time', { datetime: s.submittedAt, title: new Date(s.submittedAt).toLocaleString(), text: relativeTime(s.submittedAt) })),
          h('td', {}, h('a', { href: `#/problem/${s.problem}`, text: s.problem })),
          h('td', { title: s.judgeMessage || '' }, verdictChip(s.verdict),
            // Scoring problems: points, with each test group's result on hover.
            s.score != null ? h('span', {
              class: 'score small', testid: 'submission-score',
              title: (s.groups ?? []).filter((g) => g.group !== 'data').map((g) => `${g.group.replace(/^data\//, '')}: ${g.verdict} ${formatScore(g.score)}`).join('\n'),
              text: ` ${formatScore(s.score)} pts`,
            }) : null),
          h('td', { class: 'num', text: formatTime(s.timeMs) }),
          h('td', { class: 'num hide-narrow', text: formatMemory(s.memoryKb) }),
          h('td', { class: 'hide-narrow mono', text: s.language }),
          h('td', {}, h('button', {
            type: 'button', class: 'btn btn-ghost btn-small', testid: `view-code-${s.id}`, 'aria-expanded': 'false',
            'aria-label': `Code of submission ${s.id} (${s.problem})`,
            onclick: async (e) => {
              const button = e.currentTarget;
              const tr = button.closest('tr');
              const open = tr.nextElementSibling?.classList.contains('code-row');
              if (open) { tr.nextElementSibling.remove(); button.setAttribute('aria-expanded', 'false'); return; }
              button.setAttribute('aria-expanded', 'true');
              tr.after(await codeRow(s, 7));
            },
          }, 'View'))));
      }
      if (!items.length) put(body, h('tr', {}, h('td', { colspan: 7, class: 'empty', text: 'No submissions yet. Pick a problem and send one!' })));
      status.textContent = `${items.length} submission${items.length === 1 ? '' : 's'}`;
    } catch (error) {
      status.textContent = error.message;
    }
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
  // A verdict that lands while the page is open shows up without a reload.
  const off = on('submission:verdict', () => setTimeout(load, 700));
  await load();
  return off;
}
