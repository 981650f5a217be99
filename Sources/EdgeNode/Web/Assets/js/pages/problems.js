// The practice list: every problem (all pages), with solved/attempted marks, solve counts
// and acceptance from the core, filters (search, tag, difficulty, status), sorting, and
// "random unsolved in my range".
import { h, put, field, clear } from '../dom.js';
import { api, optional, q } from '../api.js';
import { user } from '../session.js';

// Solved slugs: the dedicated endpoint when the server has it, else the player's ACs.
export async function solvedSet(username) {
  return (await progress(username)).solved;
}

// Solved and attempted (tried, not solved) slugs of a player.
export async function progress(username) {
  const found = await optional('solved', `/api/users/${encodeURIComponent(username)}/solved`);
  if (found?.items) return { solved: new Set(found.items), attempted: new Set(found.attempted ?? []) };
  const subs = await api(`/api/submissions${q({ user: 'me', limit: 100 })}`);
  const items = subs?.items ?? [];
  const solved = new Set(items.filter((s) => s.verdict === 'AC').map((s) => s.problem));
  return { solved, attempted: new Set(items.map((s) => s.problem).filter((slug) => !solved.has(slug))) };
}

// The player's level for "random unsolved in my range": their best rating, 1500 unrated.
async function level(username) {
  const profile = await api(`/api/users/${encodeURIComponent(username)}/profile`, { auth: false }).catch(() => null);
  const ratings = (profile?.ratings ?? []).filter((r) => r.games > 0).map((r) => r.rating);
  return ratings.length ? Math.max(...ratings) : 1500;
}

// Every page of the list (the API pages by 100).
async function allProblems(params) {
  const items = [];
  let after;
  for (let page = 0; page < 50; page++) {
    const result = await api(`/api/problems${q({ ...params, limit: 100, after })}`, { auth: false });
    items.push(...(result?.items ?? []));
    if (!result?.nextCursor) break;
    after = result.nextCursor;
  }
  return items;
}

export function acceptance(p) {
  return p.submissions ? Math.round((100 * (p.accepted ?? 0)) / p.submissions) : null;
}

// Picks an unsolved problem within [level − 200, level + 300], else the unsolved one
// closest to the level; null when everything is solved.
export function randomUnsolved(items, solved, rating) {
  const open = items.filter((p) => !solved.has(p.slug));
  if (!open.length) return null;
  const near = open.filter((p) => p.difficulty >= rating - 200 && p.difficulty <= rating + 300);
  if (near.length) return near[Math.floor(Math.random() * near.length)];
  const distance = (p) => Math.abs(p.difficulty - rating);
  const best = Math.min(...open.map(distance));
  const closest = open.filter((p) => distance(p) === best);
  return closest[Math.floor(Math.random() * closest.length)];
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
    h('option', { value: '', text: 'All' }), h('option', { value: 'solved', text: 'Solved' }),
    h('option', { value: 'attempted', text: 'Attempted' }), h('option', { value: 'unsolved', text: 'Unsolved' }));
  const sort = h('select', { name: 'sort', testid: 'filter-sort' },
    h('option', { value: 'difficulty', text: 'Easiest first' }), h('option', { value: '-difficulty', text: 'Hardest first' }),
    h('option', { value: '-solves', text: 'Most solved' }), h('option', { value: 'acceptance', text: 'Lowest acceptance' }),
    h('option', { value: 'new', text: 'Newest' }));
  const random = h('button', { type: 'button', class: 'btn', testid: 'random-unsolved', text: 'Random unsolved in my range' });
  const randomNote = h('span', { class: 'muted small', role: 'status', testid: 'random-note' });
  const count = h('p', { class: 'muted small', role: 'status', 'aria-live': 'polite', testid: 'problem-count' });
  const body = h('tbody', { testid: 'problem-rows' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter problems' },
    field('Search', search),
    field('Tag', tag),
    field('Min difficulty', min, { className: 'field field-narrow' }),
    field('Max difficulty', max, { className: 'field field-narrow' }),
    me ? field('Status', solvedFilter, { className: 'field field-narrow' }) : null,
    field('Sort', sort, { className: 'field field-narrow' }));

  put(main, 
    h('div', { class: 'page-head' }, h('div', {}, h('h1', { text: 'Problems' }), h('p', { text: 'Sharpen your skills, then take them to the arena.' })),
      me ? h('div', {}, random, ' ', randomNote) : h('a', { class: 'btn', href: '#/signup' }, 'Sign up to submit')),
    h('div', { class: 'card' }, form),
    h('div', { class: 'card' }, count,
      h('div', { class: 'table-wrap' }, h('table', { testid: 'problem-table' },
        h('thead', {}, h('tr', {}, me ? h('th', {}, h('span', { class: 'visually-hidden', text: 'Solved' })) : null,
          h('th', { text: 'Problem' }), h('th', { class: 'num', text: 'Difficulty' }), h('th', { class: 'num', text: 'Solved by' }),
          h('th', { class: 'num hide-narrow', text: 'Acceptance' }), h('th', { class: 'hide-narrow', text: 'Tags' }))),
        body))));

  let solved = new Set();
  let attempted = new Set();
  let knownTags = new Set();
  let loaded = [];
  let timer = null;
  let generation = 0;
  const columns = me ? 6 : 5;

  const sorters = {
    difficulty: (a, b) => a.difficulty - b.difficulty || a.title.localeCompare(b.title),
    '-difficulty': (a, b) => b.difficulty - a.difficulty || a.title.localeCompare(b.title),
    '-solves': (a, b) => (b.solves ?? 0) - (a.solves ?? 0) || a.difficulty - b.difficulty,
    acceptance: (a, b) => (acceptance(a) ?? 101) - (acceptance(b) ?? 101) || a.difficulty - b.difficulty,
    new: (a, b) => b.id - a.id,
  };

  function mark(p) {
    if (solved.has(p.slug)) {
      return h('span', { title: 'Solved', testid: `solved-${p.slug}` }, h('span', { 'aria-hidden': 'true', text: '✓' }), h('span', { class: 'visually-hidden', text: 'Solved' }));
    }
    if (attempted.has(p.slug)) {
      return h('span', { title: 'Attempted', class: 'attempted-mark', testid: `attempted-${p.slug}` }, h('span', { 'aria-hidden': 'true', text: '•' }), h('span', { class: 'visually-hidden', text: 'Attempted' }));
    }
    return '';
  }

  async function refresh() {
    const mine = ++generation;
    const params = { q: search.value.trim(), tag: tag.value, difficulty_min: min.value, difficulty_max: max.value };
    let items;
    try {
      items = await allProblems(params);
    } catch (error) {
      put(clear(body), h('tr', {}, h('td', { colspan: columns, class: 'empty', text: error.message })));
      return;
    }
    if (mine !== generation) return;
    loaded = items;
    for (const p of items) for (const t of p.tags) knownTags.add(t);
    syncTags();
    if (solvedFilter.value === 'solved') items = items.filter((p) => solved.has(p.slug));
    if (solvedFilter.value === 'attempted') items = items.filter((p) => attempted.has(p.slug));
    if (solvedFilter.value === 'unsolved') items = items.filter((p) => !solved.has(p.slug));
    items = [...items].sort(sorters[sort.value] ?? sorters.difficulty);
    clear(body);
    for (const p of items) {
      const rate = acceptance(p);
      put(body, h('tr', { testid: `problem-row-${p.slug}` },
        me ? h('td', { class: 'solved-mark' }, mark(p)) : null,
        h('td', {}, h('a', { href: `#/problem/${p.slug}`, testid: `problem-link-${p.slug}`, text: p.title })),
        h('td', { class: `num diff ${difficultyClass(p.difficulty)}`, text: String(p.difficulty) }),
        h('td', { class: 'num', testid: `solves-${p.slug}`, text: String(p.solves ?? 0) }),
        h('td', { class: 'num hide-narrow', testid: `acceptance-${p.slug}`, text: rate === null ? '–' : `${rate}%` }),
        h('td', { class: 'hide-narrow' }, p.tags.map((t) => h('span', { class: 'tag', text: t })))));
    }
    if (!items.length) put(body, h('tr', {}, h('td', { colspan: columns, class: 'empty', text: 'No problems match these filters.' })));
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
  sort.addEventListener('change', refresh);
  random.addEventListener('click', async () => {
    random.disabled = true;
    try {
      const rating = await level(me.username);
      const all = loaded.length && !search.value && !tag.value && !min.value && !max.value ? loaded : await allProblems({});
      const pick = randomUnsolved(all, solved, rating);
      if (pick) location.hash = `#/problem/${pick.slug}`;
      else randomNote.textContent = 'You have solved every problem. Impressive.';
    } finally {
      random.disabled = false;
    }
  });

  await refresh();
  if (me) {
    try { ({ solved, attempted } = await progress(me.username)); } catch { solved = new Set(); attempted = new Set(); }
    refresh();
  }
  return () => clearTimeout(timer);
}
