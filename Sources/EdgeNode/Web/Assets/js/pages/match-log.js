// The match screen's two logs, events and chat, fed live and from the match's stored
// history (`match:history`), so a reload or a spectator who joins late reads what
// happened before. Entries are keyed (events by their sequence number, chat by its key),
// so one seen both live and in the history shows once, and both lists stay in time order.
import { h, icon } from '../dom.js';
import { VERDICT_NAMES } from '../verdicts.js';

const EVENT_LIMIT = 120;
const CHAT_LIMIT = 200;

const clock = (ms) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

// The line an event leaves in the events log (null: none), and the progress line it
// sets for its player. `ctx`: { state, nameOf(userID), me }.
export function describeEvent(f, { state, nameOf, me }) {
  const problem = state?.problems.find((p) => p.slug === f.problem);
  const pname = problem?.title ?? f.problem;
  switch (f.type) {
    case 'match:verdict': {
      if (!f.final) return null;
      if (f.accepted) {
        if (state?.mode === 'sabotage') {
          const planting = (f.reason ?? '').startsWith('bug planted');
          return {
            text: `${nameOf(f.player)} ${planting ? 'planted a bug' : 'repaired the bug'}${f.points ? ` (+${f.points})` : ''}${f.reason ? ` · ${f.reason}` : ''}`,
            icon: planting ? 'bomb' : 'wrench', progress: planting ? '✓ bug planted' : '✓ repaired',
          };
        }
        return {
          text: `${nameOf(f.player)} solved ${pname}${f.points ? ` (+${f.points})` : ''}${f.bytes != null ? ` in ${f.bytes} bytes` : ''}`,
          icon: 'check', progress: `✓ ${pname}${f.bytes != null ? ` (${f.bytes} bytes)` : ''}`,
        };
      }
      const progress = `✗ ${pname}: ${VERDICT_NAMES[f.verdict] ?? f.verdict ?? 'refused'}${f.test ? ` on test ${f.test}` : ''}${f.reason ? ` (${f.reason})` : ''}`;
      if (f.player !== me.id) return { text: `${nameOf(f.player)}: ${f.verdict ?? ''} on ${pname}${f.reason ? ` (${f.reason})` : ''}`, icon: 'cross', progress };
      return { text: f.reason ? `Your submission on ${pname}: ${f.reason}` : null, icon: 'bell', progress };
    }
    case 'match:lockout':
      return { text: `${nameOf(f.player)} claimed ${pname} (+${f.points ?? problem?.points ?? 0})`, icon: 'lock' };
    case 'match:eliminate':
      return { text: `${nameOf(f.player)} ${f.reason === 'resigned' ? 'resigned' : `is eliminated${f.round ? ` in round ${f.round}` : ''}`}`, icon: 'boom' };
    case 'match:round':
      return { text: `Round ${f.round} starts`, icon: 'bell' };
    case 'match:phase':
      return { text: f.phase === 'repair' ? 'Planting is over: repair the bug in your copy!' : `Phase: ${f.phase}`, icon: 'wrench' };
    case 'match:end':
      return { text: 'The match is over.', icon: 'flag' };
    default:
      return null;
  }
}

export function createMatchLog({ eventsList, chatLog, progress }) {
  const seen = new Set();

  function insert(list, node, at, newestFirst, limit) {
    node.dataset.at = String(at);
    // Equal times keep arrival order: newest first puts a later arrival above its equals.
    const after = [...list.children].find((other) => (newestFirst ? Number(other.dataset.at) <= at : Number(other.dataset.at) > at));
    list.insertBefore(node, after ?? null);
    while (list.children.length > limit) (newestFirst ? list.lastChild : list.firstChild).remove();
  }

  const log = {
    // A line of our own (no server event behind it), at the server's time now.
    local(text, iconName, at) {
      insert(eventsList, h('li', {}, h('span', { class: 'muted small mono', text: `${clock(at)} ` }), icon(iconName), text), at, true, EVENT_LIMIT);
    },
    // An event, once. Returns false when it was already shown.
    event(f, ctx) {
      const key = typeof f.seq === 'number' ? `e${f.seq}` : null;
      if (key && seen.has(key)) return false;
      if (key) seen.add(key);
      const line = describeEvent(f, ctx);
      if (!line) return true;
      if (line.progress && f.player != null) progress.set(f.player, line.progress);
      if (line.text) log.local(line.text, line.icon, f.serverTime ?? Date.now());
      return true;
    },
    chat(f) {
      if (f.key && seen.has(`c${f.key}`)) return false;
      if (f.key) seen.add(`c${f.key}`);
      insert(chatLog, h('li', { testid: 'chat-entry' }, h('span', { class: 'chat-from', text: `${f.from}: ` }), f.text), f.serverTime ?? Date.now(), false, CHAT_LIMIT);
      chatLog.scrollTop = chatLog.scrollHeight;
      return true;
    },
    // The stored history, oldest first: what was already shown is skipped.
    replay(frames, ctx) {
      for (const f of frames) {
        if (f.type === 'chat:message') log.chat(f);
        else log.event(f, ctx);
      }
    },
  };
  return log;
}
