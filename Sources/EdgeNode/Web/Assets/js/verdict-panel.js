// The live per-test verdict panel, fed by `submission:*` frames on the socket:
// queued (position) → compiling → test 1..N → final verdict. Frames can arrive before
// the HTTP/WS reply that names the submission, so recent frames are buffered by key.
import { h, clear } from './dom.js';
import { on } from './socket.js';
import { verdictChip, VERDICT_NAMES, formatMemory, formatTime } from './verdicts.js';
import { play } from './sound.js';
import { shake, burst } from './effects.js';

const recent = new Map(); // idempotencyKey → frames, for late-starting panels
const panels = new Set();

for (const type of ['submission:queued', 'submission:compiling', 'submission:test', 'submission:verdict']) {
  on(type, (frame) => {
    const list = recent.get(frame.idempotencyKey) ?? [];
    list.push(frame);
    recent.set(frame.idempotencyKey, list);
    if (recent.size > 50) recent.delete(recent.keys().next().value);
    for (const panel of panels) panel.offer(frame);
  });
}

// Server keys are namespaced (`u12:<client key>`), so a client key matches by suffix.
function sameKey(serverKey, key) {
  return serverKey === key || serverKey?.endsWith(`:${key}`);
}

export function createVerdictPanel({ testid = 'verdict-panel', onFinal } = {}) {
  const status = h('div', { class: 'verdict-status', testid: 'verdict-status', role: 'status', 'aria-live': 'polite' },
    h('span', { class: 'muted', text: 'Submit to see each test judged live.' }));
  const tests = h('ol', { class: 'tests', testid: 'test-list', 'aria-label': 'Tests' });
  const detail = h('pre', { class: 'run-output', hidden: true, testid: 'verdict-detail' });
  const root = h('section', { class: 'verdict-panel card', testid, 'aria-label': 'Judging' }, h('h2', { text: 'Verdict' }), status, tests, detail);
  let key = null;
  let done = false;

  function setStatus(...nodes) {
    clear(status).append(...nodes);
  }

  function cell(frame) {
    const bad = frame.verdict && frame.verdict !== 'AC';
    const li = h('li', {
      class: `test-cell verdict-${frame.verdict || 'PENDING'}${bad ? ' is-bad' : ''}`,
      testid: `test-${frame.test}`, dataset: { verdict: frame.verdict || '' },
    },
    h('strong', { text: `#${frame.test} ${frame.verdict ?? ''}` }),
    `${formatTime(frame.timeMs)} · ${formatMemory(frame.memoryKb)}`);
    return li;
  }

  const panel = {
    root,
    offer(frame) {
      if (!key || done || !sameKey(frame.idempotencyKey, key)) return;
      switch (frame.type) {
        case 'submission:queued':
          setStatus(h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Queued${frame.position ? ` · position ${frame.position}` : ''}`);
          break;
        case 'submission:compiling':
          setStatus(h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Compiling…');
          break;
        case 'submission:test': {
          const existing = tests.querySelector(`[data-testid="test-${frame.test}"]`);
          const node = cell(frame);
          if (existing) existing.replaceWith(node); else tests.append(node);
          setStatus(h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Test ${frame.test}${frame.totalTests ? ` of ${frame.totalTests}` : ''}: ${VERDICT_NAMES[frame.verdict] ?? frame.verdict ?? 'running'}`);
          if (frame.verdict === 'AC') { play('pass'); burst(node, { count: 14 }); }
          break;
        }
        case 'submission:verdict': {
          done = true;
          const ok = frame.verdict === 'AC';
          setStatus(
            verdictChip(frame.verdict, { testid: 'final-verdict', 'data-verdict': frame.verdict }),
            h('span', { class: 'verdict-final', text: VERDICT_NAMES[frame.verdict] ?? frame.verdict }),
            h('span', { class: 'muted small', text: `${formatTime(frame.timeMs)} · ${formatMemory(frame.memoryKb)}` }));
          if (frame.detail) { detail.textContent = frame.detail; detail.hidden = false; }
          if (ok) { play('solve'); shake(); burst(status, { big: true }); } else play('fail');
          onFinal?.(frame);
          break;
        }
        default:
      }
    },
    start(newKey, label = 'Submitted') {
      key = newKey;
      done = false;
      clear(tests);
      detail.hidden = true;
      setStatus(h('span', { class: 'spinner', 'aria-hidden': 'true' }), `${label} · waiting for the judge…`);
      for (const [k, frames] of recent) if (sameKey(k, key)) frames.forEach((f) => panel.offer(f));
    },
    reset() {
      key = null;
      done = false;
      clear(tests);
      detail.hidden = true;
      setStatus(h('span', { class: 'muted', text: 'Submit to see each test judged live.' }));
    },
    fail(message) {
      key = null;
      setStatus(h('span', { class: 'notice notice-bad', text: message }));
    },
  };
  panels.add(panel);
  panel.dispose = () => panels.delete(panel);
  return panel;
}
