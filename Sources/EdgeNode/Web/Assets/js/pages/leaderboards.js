// Leaderboards: global XP, per mode, per language, clans, and one clan's members.
import { h, put, clear, field } from '../dom.js';
import { api, q } from '../api.js';
import { languages } from '../languages.js';
import { MODES } from '../verdicts.js';

const METRIC = { xp: 'XP', rating: 'Rating', problems: 'Solved', clan_rating: 'Clan rating' };

export async function render(main) {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const kind = h('select', { name: 'kind', testid: 'lb-kind' },
    [['global', 'Global (XP)'], ['mode', 'By mode (rating)'], ['language', 'By language (solved)'], ['clans', 'Clans'], ['clan', 'One clan']]
      .map(([v, t]) => h('option', { value: v, text: t })));
  const mode = h('select', { name: 'mode', testid: 'lb-mode' }, Object.entries(MODES).map(([v, m]) => h('option', { value: v, text: m.name })));
  const language = h('select', { name: 'language', testid: 'lb-language' });
  const clan = h('input', { name: 'clan', placeholder: 'TAG', maxlength: 5, testid: 'lb-clan', autocapitalize: 'characters' });
  kind.value = params.get('kind') || 'global';
  if (params.get('clan')) clan.value = params.get('clan');
  const modeField = field('Mode', mode, { className: 'field field-narrow' });
  const langField = field('Language', language, { className: 'field field-narrow' });
  const clanField = field('Clan tag', clan, { className: 'field field-narrow' });
  const form = h('form', { class: 'filters', 'aria-label': 'Choose a leaderboard' }, field('Board', kind), modeField, langField, clanField,
    h('button', { class: 'btn', type: 'submit', testid: 'lb-show' }, 'Show'));
  const head = h('tr');
  const body = h('tbody', { testid: 'lb-rows' });
  const status = h('p', { class: 'muted small', role: 'status', 'aria-live': 'polite' });
  put(main, h('div', { class: 'page-head' }, h('div', {}, h('h1', { text: 'Leaderboards' }), h('p', { text: 'Who rules the arena.' }))),
    h('div', { class: 'card' }, form),
    h('div', { class: 'card' }, status, h('div', { class: 'table-wrap' }, h('table', { testid: 'lb-table' }, h('thead', {}, head), body))));

  try {
    for (const l of await languages()) put(language, h('option', { value: l.id, text: l.name }));
  } catch { put(language, h('option', { value: 'python3', text: 'Python 3' })); }

  function sync() {
    modeField.hidden = kind.value !== 'mode';
    langField.hidden = kind.value !== 'language';
    clanField.hidden = kind.value !== 'clan';
  }

  async function load() {
    sync();
    const k = kind.value;
    if (k === 'clan' && !clan.value.trim()) { status.textContent = 'Enter a clan tag.'; return; }
    status.textContent = 'Loading…';
    try {
      const data = await api(`/api/leaderboards${q({ kind: k, mode: k === 'mode' ? mode.value : '', language: k === 'language' ? language.value : '', clan: k === 'clan' ? clan.value.trim() : '', limit: 50 })}`, { auth: false });
      const clans = k === 'clans';
      put(clear(head), h('th', { class: 'num', text: '#' }), h('th', { text: clans ? 'Clan' : 'Player' }), h('th', { class: 'hide-narrow', text: clans ? 'Members' : 'Clan' }), h('th', { class: 'num', text: METRIC[data.metric] ?? data.metric }));
      clear(body);
      for (const e of data.entries ?? []) {
        put(body, h('tr', { testid: 'lb-row' },
          h('td', { class: `num rank rank-${e.rank}`, text: String(e.rank) }),
          h('td', {}, clans ? h('a', { href: `#/clan/${encodeURIComponent(e.tag)}`, text: `[${e.tag}] ${e.name}` }) : h('a', { href: `#/profile/${encodeURIComponent(e.username)}`, text: e.username })),
          h('td', { class: 'hide-narrow' }, clans ? String(e.members ?? '') : e.clan ? h('a', { href: `#/clan/${encodeURIComponent(e.clan)}`, text: e.clan }) : ''),
          h('td', { class: 'num', text: String(e.score) })));
      }
      if (!data.entries?.length) put(body, h('tr', {}, h('td', { colspan: 4, class: 'empty', text: 'Nobody here yet.' })));
      status.textContent = `Updated ${new Date(data.generatedAt).toLocaleTimeString()}`;
    } catch (error) {
      clear(body);
      status.textContent = error.message;
    }
  }
  kind.addEventListener('change', load);
  mode.addEventListener('change', load);
  language.addEventListener('change', load);
  form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
  await load();
}
