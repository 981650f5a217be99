// The match screen for all four modes, for players and (read-only) spectators. The
// server is authoritative: the snapshot comes from `match:state`, the clock from
// `match:tick` (only interpolated between ticks), and every change from events.
import { h, put, clear, field, icon } from '../dom.js';
import { api } from '../api.js';
import { user } from '../session.js';
import { on, send, connect, isOpen, serverNow } from '../socket.js';
import { currentMatch } from '../live.js';
import { currentPath, navigate } from '../router.js';
import { createEditor } from '../editor.js';
import { languages, preferredLanguage } from '../languages.js';
import { createVerdictPanel } from '../verdict-panel.js';
import { MODES } from '../verdicts.js';
import { createMatchLog } from './match-log.js';
import { renderEndScreen } from './match-end.js';
import { renderPlayers, renderBoard, renderStatement } from './match-view.js';
import { play } from '../sound.js';
import { burst, shake } from '../effects.js';
import { needSignIn } from './submissions.js';
import { draftKey } from '../prefs.js';

function formatClock(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export async function render(main, { id }) {
  const me = user();
  if (!me) return needSignIn(main, 'Match', currentPath());
  connect();
  const matchId = id.toLowerCase();
  const watchOnly = currentPath().startsWith('/spectate/');
  let state = null;
  let lastSeq = null;
  let anySnapshot = true; // the first snapshot after a (re)join is taken even if older
  let celebrated = false; // the end screen's sound and focus, once
  let tick = null; // { remainingMs, roundRemainingMs, at }
  let warned = false;
  let selected = null; // the problem slug in the editor
  let editor = null;
  let editorFor = null; // `${slug}|${phase}|${round}`: remount when it changes
  let ended = false;
  const progress = new Map(); // userID → text
  const planted = new Set(); // sabotage: who planted / repaired (others' plants are hidden while planting)
  const repaired = new Set();
  const disposers = [];

  // --- static layout -------------------------------------------------------
  const title = h('h1', { testid: 'match-title', text: watchOnly ? 'Spectating' : 'Match' });
  const statusPill = h('span', { class: 'pill pill-live', testid: 'match-status', text: 'connecting' });
  const modePill = h('span', { class: 'pill', testid: 'match-mode' });
  const phaseBanner = h('div', { class: 'phase-banner', testid: 'match-phase', role: 'status', 'aria-live': 'polite', hidden: true });
  const timer = h('div', { class: 'timer', testid: 'match-timer', role: 'timer', 'aria-label': 'Time left', text: '--:--' });
  const timerSub = h('div', { class: 'timer-sub', testid: 'match-round-timer' });
  const spectators = h('span', { class: 'muted small', testid: 'spectator-count', text: '' });
  const miniScores = h('p', { class: 'mini-scores small', testid: 'mini-scores', 'aria-hidden': 'true' });
  const endBox = h('section', { class: 'card end-screen', testid: 'match-end', hidden: true, 'aria-labelledby': 'end-title', tabindex: '-1' });
  const boardBox = h('section', { class: 'card', testid: 'match-board', 'aria-labelledby': 'board-title' });
  const statementBox = h('section', { class: 'card statement', testid: 'match-statement', 'aria-label': 'Problem statement', hidden: true });
  const editorBox = h('section', { class: 'card', testid: 'match-editor', 'aria-label': 'Your solution', hidden: true });
  const panel = createVerdictPanel({ testid: 'match-verdict-panel' });
  panel.root.hidden = true;
  disposers.push(() => panel.dispose());
  const playersList = h('ol', { class: 'players', testid: 'scoreboard', 'aria-label': 'Players' });
  const eventsList = h('ol', { class: 'events', testid: 'match-events', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Match events' });
  const chatLog = h('ol', { class: 'chat-log', testid: 'chat-log', 'aria-live': 'polite', 'aria-label': 'Chat messages' });
  const chatInput = h('input', { maxlength: 280, autocomplete: 'off', testid: 'chat-input', placeholder: 'Say something nice' });
  const spectatorNote = h('p', { class: 'small muted', testid: 'chat-spectator-note', hidden: true, text: 'Spectators can read the chat of a live rated match, not write in it.' });
  const chatForm = h('form', { class: 'row', testid: 'chat-form', 'aria-label': 'Send a chat message' },
    field('Message', chatInput, { className: 'field grow' }), h('button', { class: 'btn btn-small', type: 'submit', testid: 'chat-send' }, 'Send'));
  const resignButton = h('button', { type: 'button', class: 'btn btn-danger', testid: 'resign', hidden: true }, 'Resign');
  const notice = h('p', { class: 'notice notice-bad', role: 'alert', hidden: true, testid: 'match-error' });
  const boardNote = h('p', { class: 'notice notice-bad small', role: 'status', hidden: true, testid: 'board-note' });

  put(main, 
    h('div', { class: 'card match-top' },
      h('div', {}, h('div', { class: 'match-title' }, title, modePill, statusPill), h('div', { class: 'row small muted' }, spectators)),
      h('div', {}, timer, timerSub), miniScores),
    phaseBanner, notice, endBox,
    h('div', { class: 'match-grid' },
      h('div', { class: 'stack' }, boardBox, statementBox, editorBox, panel.root),
      h('div', { class: 'stack' },
        h('section', { class: 'card', 'aria-labelledby': 'players-title' }, h('h2', { id: 'players-title', text: 'Players' }), playersList),
        h('section', { class: 'card', 'aria-labelledby': 'events-title' }, h('h2', { id: 'events-title', text: 'Events' }), eventsList),
        h('section', { class: 'card', 'aria-labelledby': 'chat-title' }, h('h2', { id: 'chat-title', text: 'Chat' }), chatLog, chatForm, spectatorNote),
        watchOnly ? null : h('div', { class: 'row row-end' }, resignButton))));

  const nameOf = (userID) => state?.players.find((p) => p.userID === userID)?.username ?? `#${userID}`;
  const amPlayer = () => !watchOnly && !!state?.players.some((p) => p.userID === me.id);
  const myPlayer = () => state?.players.find((p) => p.userID === me.id);
  const matchLog = createMatchLog({ eventsList, chatLog, progress });
  const ctx = () => ({ state, nameOf, me });
  let pendingHistory = null; // history that arrived before the first snapshot

  function log(text, iconName = 'bell') {
    matchLog.local(text, iconName, serverNow());
  }

  // --- rendering ----------------------------------------------------------
  function drawHeader() {
    const mode = MODES[state.mode] ?? { name: state.mode, icon: '' };
    title.textContent = `${watchOnly ? 'Watching: ' : ''}${mode.name}`;
    modePill.replaceChildren(icon(mode.icon || 'star'), ` ${state.isPrivate ? 'private' : 'public'} · ${state.rated === false ? 'unrated' : 'rated'}`);
    statusPill.textContent = state.status;
    statusPill.className = `pill ${state.status === 'live' ? 'pill-live' : ''}`;
    let phaseText = '';
    if (state.mode === 'sabotage') {
      const plantTokens = state.settings?.sabotagePlantTokens ?? 12;
      const repairTokens = state.settings?.sabotageRepairTokens ?? 12;
      phaseText = state.phase === 'plant'
        ? `Phase 1 · Plant: break the working solution so it fails a test, changing at most ${plantTokens} tokens (comments and spacing don't count); it must still compile.`
        : `Phase 2 · Repair: fix the bug planted in your copy, changing at most ${repairTokens} tokens of it; the original solution itself is refused.`;
    } else if (state.mode === 'royale') {
      phaseText = `Round ${state.round} of ${state.problems.length}: the slowest solver is eliminated.`;
    }
    phaseBanner.textContent = phaseText;
    phaseBanner.hidden = !phaseText;
    resignButton.hidden = !amPlayer() || state.status !== 'live' || !!myPlayer()?.eliminated;
    // Spectators read a live rated match's chat; the edge refuses their messages.
    const readOnly = !amPlayer() && state.status === 'live';
    chatForm.hidden = readOnly;
    spectatorNote.hidden = !readOnly;
  }

  function drawPlayers() {
    renderPlayers(playersList, { state, me, progress, planted, repaired });
    // The phone's sticky bar keeps every player's score in sight (the card scrolls away).
    const golf = state.mode === 'golf';
    const rank = (p) => (golf ? (p.bestBytes ?? Infinity) : -p.score);
    miniScores.textContent = [...state.players].sort((a, b) => (a.eliminated - b.eliminated) || rank(a) - rank(b)).map((p) => `${p.userID === me.id ? 'you' : p.username} ${golf ? (p.bestBytes != null ? `${p.bestBytes} B` : '—') : p.score}${p.eliminated ? ' (out)' : ''}`).join(' · ');
  }

  function openProblems() {
    if (!state) return [];
    if (state.mode === 'royale') return state.problems[state.round - 1] ? [state.problems[state.round - 1]] : [];
    return state.problems;
  }

  function drawBoard() {
    renderBoard(boardBox, {
      state, me, selected, open: openProblems(), nameOf, canSubmit: amPlayer() && state.status === 'live', boardNote,
      onSelect: (slug) => { selected = slug; drawBoard(); mountEditor(); },
    });
  }

  const drawStatement = (slug) => renderStatement(statementBox, slug);

  async function mountEditor() {
    if (!state) return;
    const open = openProblems();
    if (!selected || !state.problems.some((p) => p.slug === selected) || state.mode !== 'blitz') selected = open[0]?.slug ?? null;
    if (state.mode === 'blitz' && selected && state.problems.find((p) => p.slug === selected)?.claimedBy != null) {
      selected = state.problems.find((p) => p.claimedBy == null)?.slug ?? selected;
    }
    const key = `${selected}|${state.phase}|${state.round}|${state.status}`;
    drawStatement(selected);
    if (!amPlayer() || state.status !== 'live' || myPlayer()?.eliminated) {
      editorBox.hidden = true;
      if (!amPlayer()) panel.root.hidden = true;
      editorFor = null;
      return;
    }
    if (key === editorFor) return;
    // A new problem, phase or round starts with a clean verdict panel.
    if (editorFor && editorFor.split('|').slice(1).join('|') !== key.split('|').slice(1).join('|')) panel.reset();
    editorFor = key;
    let langs = [];
    try { langs = await languages(); } catch { langs = []; }
    const problem = state.problems.find((p) => p.slug === selected);
    let fixed = null;
    let initialSource = null;
    let action = 'Submit';
    if (state.mode === 'sabotage') {
      fixed = problem?.baseLanguage ?? null;
      if (state.phase === 'plant') { initialSource = problem?.baseSource ?? ''; action = 'Plant bug'; }
      else {
        const opponent = state.players.find((p) => p.userID !== me.id);
        initialSource = opponent?.planted ?? problem?.baseSource ?? '';
        action = 'Submit repair';
      }
    }
    editor = createEditor({
      languages: langs, language: fixed ?? preferredLanguage(langs), fixedLanguage: fixed, initialSource,
      draftKey: (lang) => draftKey(me.username, 'match', matchId, selected, state.phase, lang),
      testid: 'match-source', label: problem ? `Code for ${problem.title}` : 'Code',
      onSubmit: () => form.requestSubmit(),
    });
    const submitButton = h('button', { type: 'submit', class: 'btn', testid: 'match-submit' }, action);
    const form = h('form', { 'aria-label': 'Submit in the match' }, editor.root, h('div', { class: 'row row-end' }, submitButton));
    // The panel admits one submission at a time (Ctrl+Enter included, size checked before
    // sending); a refusal never replaces the verdict being waited for.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      panel.root.hidden = false;
      if (!panel.admit(editor.source, `${selected}\n${editor.language}\n${editor.source}`)) return;
      const sent = send({ type: 'match:submit', id: `msub-${Date.now()}`, match: matchId, problem: selected, language: editor.language, source: editor.source });
      if (!sent) { panel.retract('Not connected; reconnecting… submit again once the connection is back.'); return; }
      panel.start(null, 'Sending', selected);
      panel.reveal();
      submitButton.disabled = true;
      setTimeout(() => { submitButton.disabled = false; }, 2000); // the server allows 1 per 2 s
    });
    put(clear(editorBox), h('h2', { text: problem ? problem.title : 'Solution' }), form);
    editorBox.hidden = false;
    panel.root.hidden = false;
  }

  function drawEnd(frame) {
    if (ended && !frame) return;
    const shown = renderEndScreen(endBox, { frame, state, me });
    if (!shown) return;
    ended = true;
    if (frame && !celebrated) {
      celebrated = true;
      if (shown.won) { play('win'); burst(endBox, { big: true }); } else play(shown.draw ? 'lockout' : 'eliminate');
      endBox.focus({ preventScroll: false });
    }
  }

  function drawAll() {
    if (!state) return;
    drawHeader();
    drawPlayers();
    drawBoard();
    mountEditor();
    if (state.status === 'finished' || state.results) drawEnd(null);
    drawClock();
  }

  // --- clock: the server's, interpolated at most one second past a tick ----
  function remaining() {
    if (!state) return null;
    if (state.status !== 'live') return 0;
    if (tick) return Math.max(0, tick.remainingMs - Math.min(1000, performance.now() - tick.at));
    return Math.max(0, new Date(state.endsAt).getTime() - serverNow());
  }
  function roundRemaining() {
    if (!state || !state.roundEndsAt || state.status !== 'live') return null;
    if (tick?.roundRemainingMs != null) return Math.max(0, tick.roundRemainingMs - Math.min(1000, performance.now() - tick.at));
    return Math.max(0, new Date(state.roundEndsAt).getTime() - serverNow());
  }
  function drawClock() {
    const ms = remaining();
    if (ms == null) return;
    timer.textContent = formatClock(ms);
    timer.classList.toggle('timer-low', state.status === 'live' && ms <= 30_000);
    if (state.status === 'live' && ms <= 30_000 && ms > 0 && !warned) {
      warned = true;
      play('warning');
      log('30 seconds left!', 'clock');
    }
    const round = roundRemaining();
    const label = state.mode === 'sabotage' ? (state.phase === 'plant' ? 'planting ends in' : null) : state.mode === 'royale' ? `round ${state.round} ends in` : null;
    timerSub.textContent = round != null && label ? `${label} ${formatClock(round)}` : state.status === 'live' ? 'time left' : 'final';
  }
  const clockTimer = setInterval(drawClock, 250);
  disposers.push(() => clearInterval(clockTimer));

  // --- frames ---------------------------------------------------------------
  let stateTimer = null;
  function requestState(now = false) {
    clearTimeout(stateTimer);
    stateTimer = setTimeout(() => send({ type: 'match:state', id: 'mstate', match: matchId }), now ? 0 : 400);
  }
  disposers.push(() => clearTimeout(stateTimer));

  function checkSeq(f) {
    if (typeof f.seq !== 'number') return;
    if (lastSeq != null && f.seq > lastSeq + 1) requestState(true); // missed events
    lastSeq = Math.max(lastSeq ?? f.seq, f.seq);
  }

  // An event at or below the last sequence is already applied, or already inside the
  // snapshot (the owner saves it before publishing the event): applying it again would
  // count the points twice. `match:end` is idempotent and always drawn.
  const SNAPSHOTS = new Set(['match:state', 'match:found']);
  function duplicate(type, f) {
    return !SNAPSHOTS.has(type) && type !== 'match:end'
      && typeof f.seq === 'number' && lastSeq != null && f.seq <= lastSeq;
  }

  const mine = (f) => f.match === matchId;
  const handlers = {
    'match:state': (f) => {
      // A reply to an older request can overtake events: keep the newer picture. After a
      // (re)join the sequence may legitimately restart lower (owner failover), so the
      // first snapshot is always taken.
      const seq = f.state?.sequence;
      if (!anySnapshot && typeof seq === 'number' && lastSeq != null && seq < lastSeq) return;
      anySnapshot = false;
      const before = state;
      state = f.state;
      lastSeq = state.sequence ?? lastSeq;
      notice.hidden = true;
      // A player who opened their own live match as a spectator goes to the playing screen.
      if (watchOnly && state.status === 'live' && state.players.some((p) => p.userID === me.id)) { navigate(`/match/${matchId}`); return; }
      if (!before) log(watchOnly ? 'Watching the match.' : 'Connected to the match.');
      if (pendingHistory) { matchLog.replay(pendingHistory, ctx()); pendingHistory = null; }
      drawAll();
    },
    'match:history': (f) => {
      if (!state) { pendingHistory = f.frames ?? []; return; }
      matchLog.replay(f.frames ?? [], ctx());
      drawPlayers();
    },
    'match:found': (f) => { if (f.state) handlers['match:state'](f); },
    'match:tick': (f) => {
      tick = { remainingMs: f.remainingMs ?? 0, roundRemainingMs: f.roundRemainingMs, at: performance.now() };
      if (f.spectators != null) spectators.replaceChildren(icon('eye'), ` ${f.spectators} watching`);
      if (state && ((f.round != null && f.round !== state.round) || (f.phase && f.phase !== state.phase))) requestState(true);
      drawClock();
    },
    'match:verdict': (f) => {
      if (!state) return;
      const problem = state.problems.find((p) => p.slug === f.problem);
      const pname = problem?.title ?? f.problem;
      if (!f.final) {
        progress.set(f.player, `… ${pname}: test ${f.test ?? '?'}${f.totalTests ? `/${f.totalTests}` : ''} ${f.verdict ?? ''}`);
        drawPlayers();
        return;
      }
      matchLog.event(f, ctx());
      // What the match made of my submission, next to the judge's verdict: a repair that is
      // refused must not look like a green "Accepted".
      if (f.player === me.id && f.reason) panel.note(f.accepted ? f.reason : `Not counted: ${f.reason}`, f.accepted ? 'ok' : 'bad');
      if (f.accepted) {
        if (state.mode === 'sabotage') {
          if ((f.reason ?? '').startsWith('bug planted')) planted.add(f.player); else repaired.add(f.player);
        }
        if (state.mode !== 'blitz' && f.points) { const pl = state.players.find((p) => p.userID === f.player); if (pl) pl.score += f.points; }
        if (state.mode === 'golf' && f.bytes != null) { const pl = state.players.find((p) => p.userID === f.player); if (pl && (pl.bestBytes == null || f.bytes < pl.bestBytes)) pl.bestBytes = f.bytes; }
      }
      requestState();
      drawPlayers();
    },
    'match:lockout': (f) => {
      if (!state) return;
      const problem = state.problems.find((p) => p.slug === f.problem);
      if (problem) problem.claimedBy = f.player;
      const pl = state.players.find((p) => p.userID === f.player);
      if (pl && f.points) pl.score += f.points;
      matchLog.event(f, ctx());
      play('lockout');
      const cell = boardBox.querySelector(`[data-testid="board-${CSS.escape(f.problem)}"]`);
      if (f.player === me.id) { burst(cell, { big: true }); shake(); }
      drawPlayers();
      drawBoard();
      if (selected === f.problem) mountEditor();
      requestState();
    },
    'match:eliminate': (f) => {
      if (!state) return;
      const pl = state.players.find((p) => p.userID === f.player);
      if (pl) { pl.eliminated = true; if (f.reason === 'resigned') pl.resigned = true; }
      matchLog.event(f, ctx());
      play('eliminate');
      if (f.player === me.id) shake();
      drawHeader();
      drawPlayers();
      mountEditor();
      requestState();
    },
    'match:round': (f) => {
      if (!state) return;
      state.round = f.round;
      tick = null;
      matchLog.event(f, ctx());
      play('found');
      requestState(true);
    },
    'match:phase': (f) => {
      if (!state) return;
      state.phase = f.phase;
      matchLog.event(f, ctx());
      play('found');
      drawHeader();
      requestState(true);
    },
    'match:end': (f) => {
      if (f.state) state = f.state;
      else if (state) { state.status = 'finished'; state.results = f.results; state.ratingChanges = f.ratingChanges; }
      matchLog.event(f, ctx());
      tick = null;
      drawAll();
      drawEnd(f);
    },
    'match:submitted': (f) => { panel.named(f.idempotencyKey); },
    'chat:message': (f) => {
      if (f.channel === 'match') matchLog.chat(f);
    },
  };
  for (const [type, fn] of Object.entries(handlers)) {
    disposers.push(on(type, (f) => {
      if (!mine(f) || duplicate(type, f)) return;
      if (!SNAPSHOTS.has(type)) checkSeq(f);
      fn(f);
    }));
  }
  disposers.push(on('error', async (f) => {
    if (!f.id) return;
    if (f.id.startsWith('msub')) {
      // Refused before judging: the previous verdict comes back with the reason above it.
      if (f.code === 'rate_limited' || f.code === 'judge_busy' || f.code === 'source_too_large') panel.revert(f.message || f.code);
      else panel.fail(f.message || f.code);
      return;
    }
    if (f.id === 'mjoin' || f.id === 'mstate' || f.id.startsWith('resume')) {
      if (f.code === 'unknown_match' && !state) await showRecord();
      else if (!state) { notice.textContent = f.message || f.code; notice.hidden = false; }
    }
    if (f.id === 'resign' || f.id === 'chat') { notice.textContent = f.message || f.code; notice.hidden = false; }
  }));

  // A match that is no longer live: show the stored record from the core.
  async function showRecord() {
    try {
      const r = await api(`/api/matches/${encodeURIComponent(matchId)}`);
      state = {
        id: r.id, mode: r.mode, isPrivate: r.isPrivate, rated: r.rated, status: r.status, phase: 'play', round: 1, problems: (r.problems ?? []).map((slug) => ({ slug, title: slug, points: 0 })),
        players: r.players.map((p) => ({ userID: p.userID, username: p.username, rating: p.ratingAfter ?? p.ratingBefore ?? 0, region: p.region, score: p.score, eliminated: false, solvedRounds: [] })),
        endsAt: r.endedAt ?? r.startedAt, results: r.players.filter((p) => p.place != null).map((p) => ({ userID: p.userID, username: p.username, place: p.place, score: p.score })),
        ratingChanges: r.players.filter((p) => p.ratingBefore != null).map((p) => ({ userID: p.userID, before: p.ratingBefore, after: p.ratingAfter })),
      };
      drawAll();
    } catch (error) {
      notice.textContent = `This match is not available: ${error.message}`;
      notice.hidden = false;
    }
  }

  // Joining: a seated player's socket resumes on every (re)connect by itself (live.js
  // sends `match:resume`), so the page only asks for the state when it opens on a socket
  // that is already connected; anyone else watches.
  const seated = () => {
    const seat = currentMatch();
    return !watchOnly && seat?.match === matchId && !seat.finished;
  };
  function join({ opened }) {
    anySnapshot = true;
    send({ type: 'match:history', id: 'mhistory', match: matchId });
    if (!seated()) send({ type: 'spectate:join', id: 'mjoin', match: matchId });
    else if (!opened) send({ type: 'match:state', id: 'mstate', match: matchId });
  }
  disposers.push(on('socket:open', ({ reconnect }) => {
    if (state) drawHeader();
    if (reconnect || !state) join({ opened: true });
  }));
  disposers.push(on('socket:close', () => {
    statusPill.textContent = 'reconnecting…';
    statusPill.className = 'pill';
  }));
  if (isOpen()) join({ opened: false });

  chatForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = chatInput.value.trim();
    if (!text) return;
    if (send({ type: 'chat:send', id: 'chat', channel: 'match', match: matchId, text })) chatInput.value = '';
  });
  let armed = null;
  resignButton.addEventListener('click', () => {
    if (!armed) {
      resignButton.textContent = 'Really resign? Click again';
      armed = setTimeout(() => { armed = null; resignButton.textContent = 'Resign'; }, 4000);
      return;
    }
    clearTimeout(armed);
    armed = null;
    send({ type: 'match:resign', id: 'resign', match: matchId });
    resignButton.textContent = 'Resigning…';
  });

  return () => {
    if (watchOnly || !currentMatch() || currentMatch().match !== matchId) send({ type: 'spectate:leave', id: 'mleave', match: matchId });
    disposers.forEach((off) => off());
  };
}
