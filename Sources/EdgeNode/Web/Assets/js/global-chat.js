// The global chat panel (Play page): `chat:message` frames of the `global` channel from
// this tab's one socket, the last 100 kept while the tab lives (so leaving the page and
// coming back shows them again), and `chat:send` through the same socket. A panel asks
// the server for its backlog (`chat:backlog`, the last 50 messages) when it opens, so a
// new tab is not an empty room; messages carry keys, so one seen twice shows once. The
// server's refusals (rate_limited, message_too_long, empty_message, …) show in the panel.
import { h, put, field, clear } from './dom.js';
import { on, send, isOpen } from './socket.js';
import { onSessionChange } from './session.js';

const LIMIT = 100;
const messages = [];
const keys = new Set();
const listeners = new Set();

function remember(f) {
  if (f.key && keys.has(f.key)) return false;
  if (f.key) keys.add(f.key);
  messages.push(f);
  messages.sort((a, b) => (a.serverTime ?? 0) - (b.serverTime ?? 0));
  while (messages.length > LIMIT) { const gone = messages.shift(); keys.delete(gone.key); }
  return true;
}

on('chat:message', (f) => {
  if (f.channel !== 'global' || !remember(f)) return;
  for (const fn of listeners) fn(f);
});
on('chat:backlog', (f) => {
  const fresh = (f.frames ?? []).filter((m) => m.channel === 'global' && remember(m));
  if (fresh.length) for (const fn of listeners) fn(null);
});
onSessionChange((current, changedUser) => { if (changedUser) { messages.length = 0; keys.clear(); } });

function line(f) {
  const at = new Date(f.serverTime);
  const valid = Number.isFinite(at.getTime());
  return h('li', {},
    valid ? h('time', { class: 'muted small mono', datetime: at.toISOString(), text: `${at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} ` }) : null,
    h('span', { class: 'chat-from', text: `${f.from}: ` }), f.text);
}

// Returns the panel and a cleanup for its listeners.
export function globalChat() {
  const log = h('ol', { class: 'chat-log', testid: 'global-chat-log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Global chat messages' });
  const input = h('input', { maxlength: 280, required: true, autocomplete: 'off', testid: 'global-chat-input', placeholder: 'Say hi to everyone' });
  const error = h('p', { class: 'notice notice-bad live-error', role: 'status', 'aria-live': 'polite', testid: 'global-chat-error' });
  const form = h('form', { class: 'row', testid: 'global-chat-form', 'aria-label': 'Send a message to everyone' },
    field('Message', input, { className: 'field grow' }), h('button', { class: 'btn btn-small', type: 'submit', testid: 'global-chat-send' }, 'Send'));
  const root = h('section', { class: 'card global-chat', testid: 'global-chat', 'aria-labelledby': 'global-chat-title' },
    h('h2', { id: 'global-chat-title', text: 'Global chat' }),
    h('p', { class: 'muted small', text: 'Everyone signed in, in every region, reads this.' }), log, form, error);

  // A live message goes at the end; a backlog (null) redraws the list in time order.
  function add(f) {
    if (f) put(log, line(f)); else put(clear(log), messages.map(line));
    while (log.children.length > LIMIT) log.firstChild.remove();
    log.scrollTop = log.scrollHeight;
  }
  put(log, messages.map(line));
  requestAnimationFrame(() => { log.scrollTop = log.scrollHeight; });
  listeners.add(add);
  const askBacklog = () => send({ type: 'chat:backlog', id: 'chat-backlog', channel: 'global' });
  if (isOpen()) askBacklog();
  const offOpen = on('socket:open', askBacklog);

  let sent = '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    sent = input.value;
    if (send({ type: 'chat:send', id: 'global-chat', channel: 'global', text: sent })) input.value = '';
    else error.textContent = 'Not connected to the live server yet; retrying…';
  });
  const offError = on('error', (f) => {
    if (f.id !== 'global-chat') return;
    error.textContent = f.message || f.code;
    if (!input.value) input.value = sent; // a refused message is not lost
  });
  return { root, dispose: () => { listeners.delete(add); offError(); offOpen(); } };
}
