// The live per-test verdict panel, fed by `submission:*` frames on the socket:
// queued (position) → compiling → test 1..N → final verdict. Frames can arrive before
// the HTTP/WS reply that names the submission, so recent frames are buffered by key.
// Frames sent while the socket was down are lost, so after a reconnect, or when nothing
// arrives for a while, the panel reads the verdict from the submissions list instead.
import { h, clear } from './dom.js';
import { on } from './socket.js';
import { api, q } from './api.js';
import { verdictChip, VERDICT_NAMES, formatMemory, formatTime, formatScore } from './verdicts.js';
import { play } from './sound.js';
import { shake, burst } from './effects.js';
import { sourceSizeProblem } from './editor.js';

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

const QUIET_MS = 20_000; // no frame for this long: ask the server instead
const MAX_LOOKUPS = 6; // then stop asking (the list may not hold it, e.g. judged elsewhere)

// Reconnected: whatever was judged meanwhile never reaches this socket.
on('socket:open', ({ reconnect }) => {
  if (reconnect) for (const panel of panels) panel.recover();
});

// Server keys are namespaced (`u12:<client key>`), so a client key matches by suffix.
function sameKey(serverKey, key) {
  return serverKey === key || serverKey?.endsWith(`:${key}`);
}

export function createVerdictPanel({ testid = 'verdict-panel', onFinal } = {}) {
  const status = h('div', { class: 'verdict-status', testid: 'verdict-status', role: 'status', 'aria-live': 'polite' },
    h('span', { class: 'muted', text: 'Submit to see each test judged live.' }));
  const tests = h('ol', { class: 'tests', testid: 'test-list', 'aria-label': 'Tests' });
  const detail = h('pre', { class: 'run-output', hidden: true, testid: 'verdict-detail' });
  // What the match made of the verdict (a refused repair, a planted bug), under it.
  const note = h('p', { class: 'notice verdict-note', hidden: true, testid: 'verdict-note', role: 'status' });
  // Refusals that never became a submission (rate limit, size, one in flight): shown
  // apart, so they never replace the verdict the player is waiting for.
  const warning = h('p', { class: 'notice verdict-warning', hidden: true, testid: 'verdict-warning', role: 'alert' });
  const root = h('section', { class: 'verdict-panel card', testid, 'aria-label': 'Judging' }, h('h2', { text: 'Verdict' }), warning, status, note, tests, detail);
  let key = null;
  let done = false;
  let problem = null; // slug of the pending submission, to find it in the list
  let awaitingKey = false; // sent over the socket, the server has not named it yet
  let quiet = null;
  let recovering = false;
  let lookups = 0;
  let saved = null; // the panel before the last start(), for revert()
  let lastAdmitted = null; // what the last submission sent: the very same again is refused
  let warningTimer = null;

  function watch() {
    clearTimeout(quiet);
    quiet = (key || awaitingKey) && !done ? setTimeout(() => panel.recover(), QUIET_MS) : null;
  }

  function setStatus(...nodes) {
    clear(status).append(...nodes.filter((node) => node != null)); // append(null) would print "null"
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
      watch();
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
          clearTimeout(quiet);
          const ok = frame.verdict === 'AC';
          setStatus(
            verdictChip(frame.verdict, { testid: 'final-verdict', 'data-verdict': frame.verdict }),
            h('span', { class: 'verdict-final', text: VERDICT_NAMES[frame.verdict] ?? frame.verdict }),
            h('span', { class: 'muted small', text: `${formatTime(frame.timeMs)} · ${formatMemory(frame.memoryKb)}` }),
            // Scoring problems: the points next to the verdict.
            frame.score != null ? h('span', { class: 'score', testid: 'final-score', text: `${formatScore(frame.score)} points` }) : null);
          if (frame.detail) { detail.textContent = frame.detail; detail.hidden = false; }
          if (ok) { play('solve'); shake(); burst(status, { big: true }); } else play('fail');
          onFinal?.(frame);
          break;
        }
        default:
      }
    },
    // True from start() to the final verdict (or a failure): one submission in flight.
    get busy() { return !done && (!!key || awaitingKey); },
    // The checks every Submit passes before anything is sent (Ctrl+Enter included): some
    // code, within the source limit, nothing in flight, and not the very code just sent
    // (as on Codeforces; `fingerprint` names what counts as the same). A refusal is shown
    // above the verdict, which stays.
    admit(source, fingerprint) {
      const refusal = !source.trim() ? 'Write some code first.'
        : sourceSizeProblem(source)
        ?? (panel.busy ? 'Your last submission is still being judged; its verdict is below.'
          : fingerprint === lastAdmitted ? 'This is exactly the code you just submitted; change it to submit again.' : null);
      if (refusal) { panel.warn(refusal); panel.reveal(); return false; }
      lastAdmitted = fingerprint;
      return true;
    },
    // `newKey` null: sent, but the server has not answered with the key yet.
    start(newKey, label = 'Submitted', slug = problem) {
      saved = { status: [...status.childNodes], tests: [...tests.childNodes], detail: detail.hidden ? null : detail.textContent, note: note.hidden ? null : [note.textContent, note.className], done, key };
      warning.hidden = true;
      note.hidden = true;
      key = newKey;
      awaitingKey = !newKey;
      problem = slug;
      lookups = 0;
      done = false;
      clear(tests);
      detail.hidden = true;
      setStatus(h('span', { class: 'spinner', 'aria-hidden': 'true' }), `${label} · waiting for the judge…`);
      watch();
      if (key) for (const [k, frames] of recent) if (sameKey(k, key)) frames.forEach((f) => panel.offer(f));
    },
    // The server named the submission sent with start(null): frames can now be matched. The
    // panel (and any warning shown meanwhile) stays as it is.
    named(newKey) {
      if (!awaitingKey || done) return;
      key = newKey;
      awaitingKey = false;
      watch();
      for (const [k, frames] of recent) if (sameKey(k, key)) frames.forEach((f) => panel.offer(f));
    },
    // The server's full key (`202 {idempotencyKey}`) for a submission started with the client's.
    confirm(fullKey) {
      if (done || !key || !sameKey(fullKey, key)) return;
      key = fullKey;
    },
    // Frames may have been lost: read the submission from the list and show its final
    // verdict, or keep waiting (and ask again later) while it is still being judged.
    async recover() {
      if (done || recovering) return;
      if (awaitingKey) {
        panel.fail('The connection dropped before the server confirmed the submission; submit again.');
        return;
      }
      if (!key || !problem) return;
      if (++lookups > MAX_LOOKUPS) {
        setStatus(h('span', { class: 'muted', text: 'No verdict has arrived yet; it will show on My submissions.' }));
        return;
      }
      const mine = key;
      recovering = true;
      let found = null;
      try {
        const list = await api(`/api/submissions${q({ user: 'me', problem, limit: 5 })}`);
        found = (list?.items ?? []).find((s) => sameKey(s.idempotencyKey, mine)) ?? null;
      } catch { /* offline: the next quiet period asks again */ }
      recovering = false;
      if (key !== mine || done) return;
      if (found?.verdict && found.verdict !== 'PENDING') {
        panel.offer({
          type: 'submission:verdict', idempotencyKey: mine, problem, verdict: found.verdict,
          timeMs: found.timeMs, memoryKb: found.memoryKb, detail: found.judgeMessage, score: found.score,
        });
      } else watch();
    },
    // The server refused what start() announced (e.g. too fast): the previous verdict comes
    // back, with the refusal above it.
    revert(message) {
      if (saved) {
        clear(status).append(...saved.status);
        clear(tests).append(...saved.tests);
        detail.hidden = saved.detail == null;
        if (saved.detail != null) detail.textContent = saved.detail;
        if (saved.note) { [note.textContent, note.className] = saved.note; note.hidden = false; }
        done = saved.done;
        key = saved.done ? saved.key : null;
        saved = null;
      } else { key = null; }
      awaitingKey = false;
      clearTimeout(quiet);
      panel.retract(message);
    },
    // What admit() let through was never sent or never judged: the same code may go again.
    retract(message) {
      lastAdmitted = null;
      panel.warn(message);
    },
    warn(message) {
      warning.textContent = message;
      warning.hidden = false;
      clearTimeout(warningTimer);
      warningTimer = setTimeout(() => { warning.hidden = true; }, 8000);
    },
    note(message, kind = 'bad') {
      note.textContent = message;
      note.className = `notice verdict-note notice-${kind}`;
      note.dataset.kind = kind;
      note.hidden = false;
    },
    // Brings the panel into view after Submit when it is below (or above) the fold.
    reveal() {
      const box = root.getBoundingClientRect();
      if (box.top < 0 || box.top > window.innerHeight - 160) root.scrollIntoView({ block: box.height < window.innerHeight ? 'nearest' : 'start', behavior: 'smooth' });
    },
    reset() {
      key = null;
      note.hidden = true;
      warning.hidden = true;
      awaitingKey = false;
      clearTimeout(quiet);
      done = false;
      clear(tests);
      detail.hidden = true;
      setStatus(h('span', { class: 'muted', text: 'Submit to see each test judged live.' }));
    },
    fail(message) {
      lastAdmitted = null;
      key = null;
      awaitingKey = false;
      clearTimeout(quiet);
      setStatus(h('span', { class: 'notice notice-bad', text: message }));
    },
  };
  panels.add(panel);
  panel.dispose = () => { clearTimeout(quiet); clearTimeout(warningTimer); panels.delete(panel); };
  return panel;
}
