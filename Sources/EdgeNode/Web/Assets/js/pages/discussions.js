// A problem's discussions: threads sorted by activity, votes or age, and a form for a new
// one. A thread marked as a spoiler (it shows a solution) opens for readers who solved
// the problem; the list shows its title either way.
import { h, put, field, relativeTime, icon } from '../dom.js';
import { api, q } from '../api.js';
import { user } from '../session.js';
import { navigate } from '../router.js';
import { toast } from '../toast.js';

const SORTS = { active: 'Recent activity', top: 'Top voted', new: 'Newest' };

export function threadFlags(thread) {
  return [
    thread.spoiler ? h('span', { class: 'tag tag-spoiler', text: 'spoiler' }) : null,
    thread.locked ? h('span', { class: 'tag', title: 'Locked by a moderator' }, icon('lock'), ' locked') : null,
    thread.hidden ? h('span', { class: 'tag tag-hidden', text: 'hidden' }) : null,
  ];
}

function newThreadForm(slug) {
  const title = h('input', { type: 'text', maxlength: 120, required: true, testid: 'thread-title', autocomplete: 'off' });
  const body = h('textarea', { rows: 8, required: true, testid: 'thread-body', placeholder: 'Markdown: `code`, ```fenced blocks```, $math$' });
  const spoiler = h('input', { type: 'checkbox', testid: 'thread-spoiler' });
  const error = h('p', { class: 'notice notice-bad', role: 'alert', hidden: true });
  const form = h('form', { class: 'card stack', testid: 'new-thread', 'aria-labelledby': 'new-thread-title' },
    h('h2', { id: 'new-thread-title', text: 'Start a thread' }),
    field('Title', title), field('Text', body),
    h('label', { class: 'check' }, spoiler, ' It shows a solution (hidden from players who have not solved the problem)'),
    error, h('div', { class: 'row row-end' }, h('button', { type: 'submit', class: 'btn', testid: 'thread-submit' }, 'Post')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    try {
      const thread = await api(`/api/problems/${encodeURIComponent(slug)}/discussions`, {
        method: 'POST', body: { title: title.value, body: body.value, spoiler: spoiler.checked },
      });
      toast('Thread posted.', 'ok');
      navigate(`/discuss/${thread.id}`);
    } catch (failure) {
      error.textContent = failure.message;
      error.hidden = false;
    }
  });
  return form;
}

export async function render(main, { slug }) {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const sort = SORTS[params.get('sort')] ? params.get('sort') : 'active';
  let list;
  try {
    list = await api(`/api/problems/${encodeURIComponent(slug)}/discussions${q({ sort, limit: 50 })}`, { auth: !!user() });
  } catch (error) {
    put(main, h('h1', { text: 'Discussions' }), h('p', { class: 'notice notice-bad', text: error.message }));
    return;
  }
  const sortSelect = h('select', { testid: 'thread-sort', 'aria-label': 'Sort threads' },
    Object.entries(SORTS).map(([value, label]) => h('option', { value, selected: value === sort, text: label })));
  sortSelect.addEventListener('change', () => navigate(`/problem/${slug}/discuss?sort=${sortSelect.value}`));
  put(main, h('div', { class: 'page-head' },
    h('div', {}, h('p', {}, h('a', { href: `#/problem/${slug}` }, '← Back to the problem')), h('h1', { testid: 'discussions-title', text: 'Discussions' })),
    sortSelect));
  const items = list.items.length
    ? h('ul', { class: 'card thread-list', testid: 'thread-list' }, list.items.map((t) => h('li', { class: 'thread-row' },
      h('span', { class: 'thread-score', title: 'Score', text: String(t.score) }),
      h('div', {},
        h('a', { href: `#/discuss/${t.id}`, testid: 'thread-link', text: t.title }), ' ', threadFlags(t),
        h('p', { class: 'muted small', text: `${t.author} · ${t.replyCount} ${t.replyCount === 1 ? 'reply' : 'replies'} · active ${relativeTime(t.lastActivityAt)}` })))))
    : h('div', { class: 'card' }, h('p', { class: 'muted', text: 'No threads yet. Ask the first question!' }));
  put(main, items, user()
    ? newThreadForm(slug)
    : h('p', { class: 'notice' }, h('a', { href: '#/signin' }, 'Sign in'), ' to start a thread or reply.'));
}
