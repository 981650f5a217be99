// The problem list: search, tag, difficulty range and (signed in) solved/unsolved.
import { h, put, field, clear } from '../dom.js';
import { api, optional, q } from '../api.js';
import { user } from '../session.js';

// Solved slugs: the dedicated endpoint when the server has it, else the player's ACs.
export async function solvedSet(username) {
  const solved = await optional('solved', `/api/users/${encodeURIComponent(username)}/solved`);
  if (solved?.items) return new Set(solved.items);
  const subs = await api(`/api/submissions${q({ user: 'me', limit: 100 })}`);
  return new Set((subs?.items ?? []).filter((s) => s.verdict === 'AC').map((s) => s.problem));
}

export function difficultyClass(d) {
  return d < 1200 ? 'diff-easy' : d < 2000 ? 'diff-mid' : 'diff-hard';
}

export async function render(main) {
  const me = user();
  const search = h('input', { type: 'search', name: 'q', placeholder: 'Title or slug', testid: 'filter-search' });
  const tag = h('select', { name: 'tag', testid: 'filter-tag' }, h('option', { value: '', text: 'Any tag' }));
  const min = h('input', { type: 'number', name: 'difficulty_min', min: 800, max: 3500, step: 100, placeholder: '800', testid: 'filter-min', inputmode: 'numeric' });
  const max = h('input', { type: 'number', name: 'difficulty_max', min: 800, max: 3500, step: 100, placeholder: '3500', testid: 'filter-max', inputmode: 'numeric' });
  const solvedFilter = h('select', { name: 'solved', testid: 'filter-solved' },
    h('option', { value: '', text: 'All' }), h('option', { value: 'solved', text: 'Solved' }), h('option', { value: 'unsolved', text: 'Unsolved' }));
  const count = h('p', { class: 'muted small', role: 'status', 'aria-live': 'polite', testid: 'problem-count' });
  const body = h('tbody', { testid: 'problem-rows' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter problems' },
    field('Search', search),
    field('Tag', tag),
    field('Min difficulty', min, { className: 'field field-narrow' }),
    field('Max difficulty', max, { className: 'field field-narrow' }),
    me ? field('Status', solvedFilter, { className: 'field field-narrow' }) : null);

  put(main, 
    h('div', { class: 'page-head' }, h('div', {}, h('h1', { text: 'Problems' }), h('p', { text: 'Sharpen your skills, then take them to the arena.' })),
      me ? null : h('a', { class: 'btn', href: '#/signup' }, 'Sign up to submit')),
    h('div', { class: 'card' }, form),
    h('div', { class: 'card' }, count,
      h('div', { class: 'table-wrap' }, h('table', { testid: 'problem-table' },
        h('thead', {}, h('tr', {}, me ? h('th', {}, h('span', { class: 'visually-hidden', text: 'Solved' })) : null,
          h('th', { text: 'Problem' }), h('th', { class: 'num', text: 'Difficulty' }), h('th', { class: 'hide-narrow', text: 'Tags' }))),
        body))));

  let solved = new Set();
  let knownTags = new Set();
  let timer = null;
  let generation = 0;

  async function refresh() {
    const mine = ++generation;
    const params = { q: search.value.trim(), tag: tag.value, difficulty_min: min.value, difficulty_max: max.value, limit: 100 };
    let items;
    try {
      items = (await api(`/api/problems${q(params)}`, { auth: false }))?.items ?? [];
    } catch (error) {
      put(clear(body), h('tr', {}, h('td', { colspan: 4, class: 'empty', text: error.message })));
      return;
    }
    if (mine !== generation) return;
    for (const p of items) for (const t of p.tags) knownTags.add(t);
    syncTags();
    if (solvedFilter.value === 'solved') items = items.filter((p) => solved.has(p.slug));
    if (solvedFilter.value === 'unsolved') items = items.filter((p) => !solved.has(p.slug));
    clear(body);
    for (const p of items) {
      put(body, h('tr', { testid: `problem-row-${p.slug}` },
        me ? h('td', { class: 'solved-mark' }, solved.has(p.slug)
          ? h('span', { title: 'Solved', testid: `solved-${p.slug}` }, h('span', { 'aria-hidden': 'true', text: '✓' }), h('span', { class: 'visually-hidden', text: 'Solved' }))
          : '') : null,
        h('td', {}, h('a', { href: `#/problem/${p.slug}`, testid: `problem-link-${p.slug}`, text: p.title })),
        h('td', { class: `num diff ${difficultyClass(p.difficulty)}`, text: String(p.difficulty) }),
        h('td', { class: 'hide-narrow' }, p.tags.map((t) => h('span', { class: 'tag', text: t })))));
    }
    if (!items.length) put(body, h('tr', {}, h('td', { colspan: 4, class: 'empty', text: 'No problems match these filters.' })));
    count.textContent = `${items.length} problem${items.length === 1 ? '' : 's'}`;
  }

  function syncTags() {
    const have = new Set([...tag.options].map((o) => o.value));
    for (const t of [...knownTags].sort()) if (!have.has(t)) put(tag, h('option', { value: t, text: t }));
  }

  const later = () => { clearTimeout(timer); timer = setTimeout(refresh, 250); };
  form.addEventListener('submit', (e) => { e.preventDefault(); refresh(); });
  search.addEventListener('input', later);
  min.addEventListener('input', later);
  max.addEventListener('input', later);
  tag.addEventListener('change', refresh);
  solvedFilter.addEventListener('change', refresh);

  await refresh();
  if (me) {
    try { solved = await solvedSet(me.username); } catch { solved = new Set(); }
    refresh();
  }
  return () => clearTimeout(timer);
}
