// Clans: the clan ranking, create a clan, or open one by tag.
import { h, put, field } from '../dom.js';
import { api, q } from '../api.js';
import { user } from '../session.js';
import { navigate } from '../router.js';
import { rememberCreated } from './clan.js';
import { toast } from '../toast.js';

export async function render(main) {
  const me = user();
  const rows = h('tbody', { testid: 'clan-rows' });
  put(main, h('div', { class: 'page-head' }, h('div', {}, h('h1', { text: 'Clans' }), h('p', { text: 'Team up. Clan rating is the mean of your members\' best ratings.' }))));

  const name = h('input', { name: 'name', required: true, minlength: 3, maxlength: 32, testid: 'clan-name' });
  const tag = h('input', { name: 'tag', required: true, minlength: 2, maxlength: 5, pattern: '[A-Za-z0-9]{2,5}', testid: 'clan-tag', autocapitalize: 'characters' });
  const open = h('input', { type: 'checkbox', name: 'open', checked: true, testid: 'clan-open' });
  const error = h('p', { class: 'notice notice-bad', role: 'alert', hidden: true });
  const create = h('form', { class: 'stack', testid: 'clan-create', 'aria-label': 'Create a clan' },
    field('Clan name', name, { hint: '3–32 letters, digits, spaces, _ - .' }),
    field('Tag', tag, { hint: '2–5 letters or digits' }),
    field('Anyone can join (open clan)', open, { className: 'field field-inline' }),
    error, h('div', {}, h('button', { class: 'btn', type: 'submit', testid: 'clan-create-submit' }, 'Create clan')));
  create.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.hidden = true;
    try {
      const clan = await api('/api/clans', { method: 'POST', body: { name: name.value.trim(), tag: tag.value.trim().toUpperCase(), open: open.checked } });
      if (Array.isArray(clan?.members)) rememberCreated(clan);
      toast(`Clan [${clan.tag}] created.`, 'ok');
      navigate(`/clan/${clan.tag}`);
    } catch (err) {
      error.textContent = err.message;
      error.hidden = false;
    }
  });
  const findTag = h('input', { name: 'find', maxlength: 5, placeholder: 'TAG', testid: 'clan-find', autocapitalize: 'characters' });
  const find = h('form', { class: 'filters', 'aria-label': 'Open a clan by tag' }, field('Clan tag', findTag), h('button', { class: 'btn btn-ghost', type: 'submit' }, 'Open'));
  find.addEventListener('submit', (e) => { e.preventDefault(); if (findTag.value.trim()) navigate(`/clan/${findTag.value.trim().toUpperCase()}`); });

  put(main, h('div', { class: 'grid grid-2' },
    h('section', { class: 'card', 'aria-labelledby': 'top-clans' }, h('h2', { id: 'top-clans', text: 'Top clans' }),
      h('div', { class: 'table-wrap' }, h('table', { testid: 'clan-table' }, h('thead', {}, h('tr', {}, h('th', { class: 'num', text: '#' }), h('th', { text: 'Clan' }), h('th', { class: 'num', text: 'Members' }), h('th', { class: 'num', text: 'Rating' }))), rows))),
    h('div', { class: 'stack' },
      h('section', { class: 'card', 'aria-labelledby': 'find-clan' }, h('h2', { id: 'find-clan', text: 'Find a clan' }), find),
      me ? h('section', { class: 'card', 'aria-labelledby': 'new-clan' }, h('h2', { id: 'new-clan', text: 'Start a clan' }), create)
        : h('p', { class: 'notice' }, h('a', { href: '#/signin' }, 'Sign in'), ' to create or join a clan.'))));

  try {
    const data = await api(`/api/leaderboards${q({ kind: 'clans', limit: 50 })}`, { auth: false });
    for (const e of data.entries ?? []) {
      put(rows, h('tr', {}, h('td', { class: `num rank rank-${e.rank}`, text: String(e.rank) }),
        h('td', {}, h('a', { href: `#/clan/${encodeURIComponent(e.tag)}`, text: `[${e.tag}] ${e.name}` })),
        h('td', { class: 'num', text: String(e.members ?? '') }), h('td', { class: 'num', text: String(e.score) })));
    }
    if (!data.entries?.length) put(rows, h('tr', {}, h('td', { colspan: 4, class: 'empty', text: 'No clans yet. Start the first one!' })));
  } catch (err) {
    put(rows, h('tr', {}, h('td', { colspan: 4, class: 'empty', text: err.message })));
  }
}
