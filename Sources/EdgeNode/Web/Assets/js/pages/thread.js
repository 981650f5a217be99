// One discussion thread: the post and its replies in Markdown (sanitized, with math),
// votes, reports, a reply form, and for admins hide / lock. A spoiler thread stays
// closed until the reader solved the problem or asks to see it anyway.
import { h, put, field, relativeTime, clear } from '../dom.js';
import { api } from '../api.js';
import { user } from '../session.js';
import { renderMarkdown } from '../markdown.js';
import { toast } from '../toast.js';
import { threadFlags } from './discussions.js';

function voteBox(kind, post, onChange) {
  const base = kind === 'thread' ? `/api/discussions/${post.id}` : `/api/discussion-replies/${post.id}`;
  const score = h('span', { class: 'vote-score', testid: `${kind}-score`, text: String(post.score) });
  const button = (value, label, glyph) => h('button', {
    type: 'button', class: 'btn btn-ghost btn-small vote', 'aria-label': label, 'aria-pressed': String(post.myVote === value), testid: `${kind}-vote-${value > 0 ? 'up' : 'down'}`,
    disabled: !user() || user().username === post.author,
    onclick: async () => {
      const next = post.myVote === value ? 0 : value;
      try {
        const result = await api(`${base}/vote`, { method: 'POST', body: { value: next } });
        post.myVote = result.myVote;
        post.score = result.score;
        onChange();
      } catch (error) { toast(error.message, 'bad'); }
    },
  }, glyph);
  return h('div', { class: 'vote-box' }, button(1, 'Vote up', '▲'), score, button(-1, 'Vote down', '▼'));
}

function tools(kind, post, canModerate, reload) {
  const base = kind === 'thread' ? `/api/discussions/${post.id}` : `/api/discussion-replies/${post.id}`;
  const me = user();
  // Reporting asks for a reason inline (no browser prompt), then sends it.
  const reason = h('input', { type: 'text', maxlength: 500, required: true, testid: `${kind}-report-reason`, 'aria-label': 'Why should a moderator look at this post?', placeholder: 'Why should a moderator look at this?' });
  const reportForm = h('form', { class: 'row report-form', hidden: true },
    reason, h('button', { type: 'submit', class: 'btn btn-small', testid: `${kind}-report-send` }, 'Send report'));
  reportForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`${base}/report`, { method: 'POST', body: { reason: reason.value } });
      reportForm.replaceWith(h('p', { class: 'muted small', role: 'status', testid: `${kind}-reported`, text: 'Reported. A moderator will look at it.' }));
    } catch (error) { toast(error.message, 'bad'); }
  });
  const report = me && me.username !== post.author ? h('button', {
    type: 'button', class: 'btn btn-ghost btn-small', testid: `${kind}-report`,
    onclick: () => { reportForm.hidden = !reportForm.hidden; if (!reportForm.hidden) reason.focus(); },
  }, 'Report') : null;
  const moderate = (body, label, testid) => h('button', {
    type: 'button', class: 'btn btn-ghost btn-small', testid,
    onclick: async () => {
      try {
        await api(`${base}/moderate`, { method: 'POST', body });
        reload();
      } catch (error) { toast(error.message, 'bad'); }
    },
  }, label);
  return h('div', {}, h('div', { class: 'row post-tools' }, report,
    canModerate ? moderate({ hidden: !post.hidden }, post.hidden ? 'Show' : 'Hide', `${kind}-hide`) : null,
    canModerate && kind === 'thread' ? moderate({ locked: !post.locked }, post.locked ? 'Unlock' : 'Lock', 'thread-lock') : null), report ? reportForm : null);
}

function postBody(text, hidden) {
  if (text == null) return h('p', { class: 'muted', text: hidden ? 'Hidden by a moderator.' : 'Withheld: this thread shows a solution.' });
  return h('div', { class: 'post-body' }, renderMarkdown(text));
}

export async function render(main, { id }) {
  const query = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const reveal = query.get('reveal') === '1';
  let found;
  try {
    found = await api(`/api/discussions/${encodeURIComponent(id)}${reveal ? '?reveal=1' : ''}`, { auth: !!user() });
  } catch (error) {
    put(main, h('h1', { text: 'Thread not found' }), h('p', { class: 'notice notice-bad', text: error.message }), h('a', { href: '#/problems' }, 'Back to problems'));
    return;
  }
  const reload = () => render(clear(main), { id });
  const { thread } = found;
  const threadVotes = h('div', {});
  const drawThreadVotes = () => put(clear(threadVotes), voteBox('thread', thread, drawThreadVotes));
  drawThreadVotes();

  put(main, h('div', { class: 'page-head' },
    h('div', {}, h('p', {}, h('a', { href: `#/problem/${thread.problem}/discuss` }, `← Discussions of ${thread.problem}`)),
      h('h1', { testid: 'thread-heading', text: thread.title }), h('p', { class: 'muted' }, `${thread.author} · ${relativeTime(thread.createdAt)} `, threadFlags(thread)))));

  const withheld = found.withheld
    ? h('div', { class: 'notice', testid: 'spoiler-notice' }, 'This thread shows a solution. Solve the problem first, or ',
      h('a', { href: `#/discuss/${thread.id}?reveal=1`, testid: 'spoiler-reveal' }, 'show it anyway'), '.')
    : null;
  put(main, h('article', { class: 'card post', testid: 'thread-post' },
    h('div', { class: 'post-main' }, threadVotes, h('div', { class: 'post-content' }, withheld, postBody(found.body, thread.hidden))),
    tools('thread', thread, found.canModerate, reload)));

  put(main, h('h2', { text: `${found.replies.length} ${found.replies.length === 1 ? 'reply' : 'replies'}` }),
    h('ol', { class: 'reply-list', testid: 'reply-list' }, found.replies.map((reply) => {
      const votes = h('div', {});
      const draw = () => put(clear(votes), voteBox('reply', reply, draw));
      draw();
      return h('li', { class: 'card post', id: `reply-${reply.id}`, testid: 'reply' },
        h('p', { class: 'muted small', text: `${reply.author} · ${relativeTime(reply.createdAt)}${reply.hidden ? ' · hidden' : ''}` }),
        h('div', { class: 'post-main' }, votes, h('div', { class: 'post-content' }, postBody(reply.body, reply.hidden))),
        tools('reply', reply, found.canModerate, reload));
    })));

  // Arriving from a notification: show that reply.
  const target = query.get('reply') && main.querySelector(`#reply-${CSS.escape(query.get('reply'))}`);
  if (target) { target.classList.add('post-target'); requestAnimationFrame(() => target.scrollIntoView({ block: 'center' })); }

  if (!user()) { put(main, h('p', { class: 'notice' }, h('a', { href: '#/signin' }, 'Sign in'), ' to reply.')); return; }
  if (thread.locked) { put(main, h('p', { class: 'notice', testid: 'thread-locked', text: 'A moderator locked this thread: no new replies.' })); return; }
  const body = h('textarea', { rows: 5, required: true, testid: 'reply-body', placeholder: 'Markdown, code and $math$ welcome' });
  const error = h('p', { class: 'notice notice-bad', role: 'alert', hidden: true });
  const form = h('form', { class: 'card stack', testid: 'reply-form', 'aria-label': 'Reply' }, field('Your reply', body), error,
    h('div', { class: 'row row-end' }, h('button', { type: 'submit', class: 'btn', testid: 'reply-submit' }, 'Reply')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    try {
      await api(`/api/discussions/${thread.id}/replies`, { method: 'POST', body: { body: body.value } });
      reload();
    } catch (failure) {
      error.textContent = failure.message;
      error.hidden = false;
    }
  });
  put(main, form);
}
