// The global chat panel (Play page): `chat:message` frames of the `global` channel from
// this tab's one socket, the last 100 kept while the tab lives (so leaving the page and
// coming back shows them again), and `chat:send` through the same socket. The server's
// refusals (rate_limited, message_too_long, empty_message, …) show in the panel.
import { h, put, field } from './dom.js';
import { on, send } from './socket.js';
import { onSessionChange } from './session.js';

const LIMIT = 100;
const messages = [];
const listeners = new Set();

on('chat:message', (f) => {
  if (f.channel !== 'global') return;
  messages.push(f);
  if (messages.length > LIMIT) messages.shift();
  for (const fn of listeners) fn(f);
});
onSessionChange((current, changedUser) => { if (changedUser) messages.length = 0; });

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

  function add(f) {
    put(log, line(f));
    while (log.children.length > LIMIT) log.firstChild.remove();
    log.scrollTop = log.scrollHeight;
  }
  put(log, messages.map(line));
  requestAnimationFrame(() => { log.scrollTop = log.scrollHeight; });
  listeners.add(add);

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
  return { root, dispose: () => { listeners.delete(add); offError(); } };
}
