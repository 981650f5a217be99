// The match screen for all four modes, for players and (read-only) spectators. The
// server is authoritative: the snapshot comes from `match:state`, the clock from
// `match:tick` (only interpolated between ticks), and every change from events.
import { h, put, clear, field, initial, icon } from '../dom.js';
import { api } from '../api.js';
import { user } from '../session.js';
import { on, send, connect, isOpen, serverNow } from '../socket.js';
import { currentMatch } from '../live.js';
import { currentPath } from '../router.js';
import { createEditor } from '../editor.js';
import { languages, preferredLanguage } from '../languages.js';
import { createVerdictPanel } from '../verdict-panel.js';
import { renderMarkdown } from '../markdown.js';
import { MODES, VERDICT_NAMES } from '../verdicts.js';
import { play } from '../sound.js';
import { burst, shake } from '../effects.js';
import { needSignIn } from './submissions.js';
import { draftKey } from '../prefs.js';

const CHAT_LIMIT = 200; // chat entries kept on screen (a long match must not grow the page forever)
const problemCache = new Map();
function problemDetail(slug) {
  if (!problemCache.has(slug)) problemCache.set(slug, api(`/api/problems/${encodeURIComponent(slug)}`, { auth: false }).catch(() => null));
  return problemCache.get(slug);
}

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
  let submittedProblem = null; // the slug of the submission awaiting `match:submitted`
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

  put(main, 
    h('div', { class: 'card match-top' },
      h('div', {}, h('div', { class: 'match-title' }, title, modePill, statusPill), h('div', { class: 'row small muted' }, spectators)),
      h('div', {}, timer, timerSub)),
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

  function log(text, iconName = 'bell') {
    const time = new Date(serverNow()).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    eventsList.prepend(h('li', {}, h('span', { class: 'muted small mono', text: `${time} ` }), icon(iconName), text));
    while (eventsList.children.length > 60) eventsList.lastChild.remove();
  }

  // --- rendering ----------------------------------------------------------
  function drawHeader() {
    const mode = MODES[state.mode] ?? { name: state.mode, icon: '' };
    title.textContent = `${watchOnly ? 'Watching: ' : ''}${mode.name}`;
    modePill.replaceChildren(icon(mode.icon || 'star'), ` ${state.isPrivate ? 'private' : 'public'}`);
    statusPill.textContent = state.status;
    statusPill.className = `pill ${state.status === 'live' ? 'pill-live' : ''}`;
    let phaseText = '';
    if (state.mode === 'sabotage') {
      phaseText = state.phase === 'plant'
        ? 'Phase 1 · Plant: break the working solution so it fails a test (it must still compile).'
        : 'Phase 2 · Repair: fix the bug your opponent planted in your copy.';
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
    clear(playersList);
    // Code Golf ranks by the shortest accepted source (fewer bytes first, no AC last);
    // the other modes by points.
    const golfRank = (p) => (p.bestBytes != null ? p.bestBytes : Infinity);
    const sorted = [...state.players].sort((a, b) => (a.eliminated - b.eliminated)
      || (state.mode === 'golf' ? golfRank(a) - golfRank(b) : b.score - a.score));
    for (const p of sorted) {
      const extra = [];
      if (state.mode === 'golf') extra.push(p.bestBytes != null ? `best ${p.bestBytes} bytes` : 'no AC yet');
      if (state.mode === 'royale') extra.push(`${p.solvedRounds.length} round${p.solvedRounds.length === 1 ? '' : 's'} solved`);
      if (state.mode === 'sabotage') {
        if (state.phase === 'plant') extra.push(p.planted != null || planted.has(p.userID) ? 'bug planted' : 'planting…');
        else extra.push(p.repairedAt || repaired.has(p.userID) ? 'repaired' : 'repairing…');
      }
      if (p.eliminated) extra.push(p.resigned ? 'resigned' : `out${p.eliminatedInRound ? ` in round ${p.eliminatedInRound}` : ''}`);
      put(playersList, h('li', {
        class: `player${p.userID === me.id ? ' player-me' : ''}${p.eliminated ? ' player-out' : ''}`,
        testid: `player-${p.username}`, dataset: { score: String(p.score) },
      },
      h('span', { class: 'avatar', 'aria-hidden': 'true', text: initial(p.username) }),
      h('span', {}, h('a', { class: 'player-name', href: `#/profile/${encodeURIComponent(p.username)}`, text: p.username }),
        h('span', { class: 'small muted', text: ` ${p.rating} · ${p.region}` })),
      state.mode === 'golf'
        ? h('span', { class: 'player-score', testid: `score-${p.username}` }, p.bestBytes != null ? `${p.bestBytes} B` : '—', h('span', { class: 'visually-hidden', text: p.bestBytes != null ? ' bytes' : ' no accepted solution' }))
        : h('span', { class: 'player-score', testid: `score-${p.username}` }, String(p.score), h('span', { class: 'visually-hidden', text: ' points' })),
      h('span', { class: 'player-progress', testid: `progress-${p.username}`, text: [progress.get(p.userID), extra.join(' · ')].filter(Boolean).join(' · ') })));
    }
  }

  function openProblems() {
    if (!state) return [];
    if (state.mode === 'royale') return state.problems[state.round - 1] ? [state.problems[state.round - 1]] : [];
    return state.problems;
  }

  function drawBoard() {
    clear(boardBox);
    if (state.mode === 'blitz') {
      put(boardBox, h('h2', { id: 'board-title', text: 'Lockout board' }),
        h('p', { class: 'small muted', text: 'First accepted solution claims the points. Pick a problem to open it.' }));
      const list = h('ul', { class: 'board' });
      for (const p of state.problems) {
        const owner = p.claimedBy != null ? nameOf(p.claimedBy) : null;
        const cls = p.claimedBy == null ? '' : p.claimedBy === me.id ? ' claimed-me' : ' claimed-other';
        put(list, h('li', {}, h('button', {
          type: 'button', class: `board-cell${cls}`, testid: `board-${p.slug}`, 'aria-pressed': String(selected === p.slug),
          dataset: { claimedBy: owner ?? '' },
          onclick: () => { selected = p.slug; drawBoard(); mountEditor(); },
        },
        h('span', { class: 'board-points', text: `${p.points}` }),
        h('span', { class: 'board-title', text: p.title }),
        h('span', { class: 'board-owner', testid: `claim-${p.slug}`, text: owner ? `claimed by ${owner}` : 'open' }, owner ? icon('lock') : null))));
      }
      put(boardBox, list);
    } else {
      const label = state.mode === 'royale' ? `Round ${state.round} problem` : 'Problem';
      const p = openProblems()[0];
      put(boardBox, h('h2', { id: 'board-title', text: label }),
        p ? h('p', {}, h('strong', { text: p.title }), h('span', { class: 'muted', text: ` · ${p.points} points` })) : h('p', { class: 'muted', text: 'No open problem.' }));
      if (state.mode === 'royale') {
        put(boardBox, h('ol', { class: 'row small muted', 'aria-label': 'Rounds' }, state.problems.map((q, i) => h('li', { class: 'tag', text: `R${i + 1}${i + 1 < state.round ? ' ✓' : i + 1 === state.round ? ' ◀' : ''}` }))));
      }
    }
  }

  async function drawStatement(slug) {
    const detail = slug ? await problemDetail(slug) : null;
    clear(statementBox);
    statementBox.hidden = !detail;
    if (!detail) return;
    put(statementBox, h('h2', { text: detail.title }), renderMarkdown(detail.statement));
    for (const s of detail.samples ?? []) {
      put(statementBox, h('div', { class: 'sample' },
        h('div', { class: 'sample-box' }, h('div', { class: 'sample-head', text: 'Input' }), h('pre', { text: s.input })),
        h('div', { class: 'sample-box' }, h('div', { class: 'sample-head', text: 'Output' }), h('pre', { text: s.output }))));
    }
  }

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
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!editor.source.trim()) { panel.fail('Write some code first.'); return; }
      panel.root.hidden = false;
      const sent = send({ type: 'match:submit', id: `msub-${Date.now()}`, match: matchId, problem: selected, language: editor.language, source: editor.source });
      if (!sent) panel.fail('Not connected; reconnecting…');
      else { submittedProblem = selected; panel.start(null, 'Sending', selected); }
      submitButton.disabled = true;
      setTimeout(() => { submitButton.disabled = false; }, 2000); // the server allows 1 per 2 s
    });
    put(clear(editorBox), h('h2', { text: problem ? problem.title : 'Solution' }), form);
    editorBox.hidden = false;
    panel.root.hidden = false;
  }

  function drawEnd(frame) {
    if (ended && !frame) return;
    const results = frame?.results ?? state?.results ?? [];
    const changes = frame?.ratingChanges ?? state?.ratingChanges ?? [];
    if (!results.length && state?.status !== 'finished') return;
    ended = true;
    const mine = results.find((r) => r.userID === me.id);
    const places = results.map((r) => r.place);
    const draw = mine && places.filter((p) => p === mine.place).length > 1;
    const headline = !mine ? 'Match over' : draw ? 'Draw!' : mine.place === 1 ? 'Victory!' : `You placed #${mine.place}`;
    put(clear(endBox), 
      h('div', { class: 'trophy' }, icon(mine?.place === 1 && !draw ? 'trophy' : draw ? 'handshake' : 'flag')),
      h('h2', { id: 'end-title', testid: 'end-headline', text: headline }),
      h('p', { class: 'muted', text: `Reason: ${(frame?.reason ?? state?.endReason ?? 'finished').replace(/_/g, ' ')}` }),
      h('div', { class: 'table-wrap' }, h('table', { testid: 'end-table' },
        h('thead', {}, h('tr', {}, h('th', { text: 'Place' }), h('th', { text: 'Player' }), h('th', { class: 'num', text: 'Score' }), h('th', { class: 'num', text: 'Rating' }))),
        h('tbody', {}, [...results].sort((a, b) => a.place - b.place).map((r) => {
          const c = changes.find((x) => x.userID === r.userID);
          const delta = c ? c.after - c.before : null;
          return h('tr', { testid: `end-row-${r.username}` },
            h('td', { class: `rank rank-${r.place}`, text: `#${r.place}` }),
            h('td', { text: r.username }),
            h('td', { class: 'num', text: String(r.score) }),
            h('td', { class: 'num', testid: 'rating-change' }, c ? [`${c.before} → ${c.after} `, h('span', { class: delta >= 0 ? 'delta-up' : 'delta-down', text: `(${delta >= 0 ? '+' : ''}${delta})` })] : '—'));
        })))),
      h('div', { class: 'row', }, h('a', { class: 'btn', href: '#/play', testid: 'play-again' }, 'Play again'), h('a', { class: 'btn btn-ghost', href: `#/profile/${encodeURIComponent(me.username)}` }, 'Your profile')));
    endBox.hidden = false;
    if (frame && !celebrated) {
      celebrated = true;
      if (mine?.place === 1 && !draw) { play('win'); burst(endBox, { big: true }); } else play(draw ? 'lockout' : 'eliminate');
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
      if (!before) log(watchOnly ? 'Watching the match.' : 'Connected to the match.');
      drawAll();
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
      } else if (f.accepted) {
        if (state.mode === 'sabotage') {
          const planting = state.phase === 'plant';
          if (planting) planted.add(f.player); else repaired.add(f.player);
          progress.set(f.player, planting ? '✓ bug planted' : '✓ repaired');
          log(`${nameOf(f.player)} ${planting ? 'planted a bug' : 'repaired the bug'}${f.points ? ` (+${f.points})` : ''}${f.reason ? ` · ${f.reason}` : ''}`, planting ? 'bomb' : 'wrench');
        } else {
          progress.set(f.player, `✓ ${pname}${f.bytes != null ? ` (${f.bytes} bytes)` : ''}`);
          log(`${nameOf(f.player)} solved ${pname}${f.points ? ` (+${f.points})` : ''}${f.bytes != null ? ` in ${f.bytes} bytes` : ''}`, 'check');
        }
        if (state.mode !== 'blitz' && f.points) { const pl = state.players.find((p) => p.userID === f.player); if (pl) pl.score += f.points; }
        if (state.mode === 'golf' && f.bytes != null) { const pl = state.players.find((p) => p.userID === f.player); if (pl && (pl.bestBytes == null || f.bytes < pl.bestBytes)) pl.bestBytes = f.bytes; }
        requestState();
      } else {
        progress.set(f.player, `✗ ${pname}: ${VERDICT_NAMES[f.verdict] ?? f.verdict ?? 'refused'}${f.test ? ` on test ${f.test}` : ''}${f.reason ? ` (${f.reason})` : ''}`);
        if (f.player !== me.id) log(`${nameOf(f.player)}: ${f.verdict ?? ''} on ${pname}${f.reason ? ` (${f.reason})` : ''}`, 'cross');
        else if (f.reason) log(`Your submission on ${pname}: ${f.reason}`);
        requestState();
      }
      drawPlayers();
    },
    'match:lockout': (f) => {
      if (!state) return;
      const problem = state.problems.find((p) => p.slug === f.problem);
      if (problem) problem.claimedBy = f.player;
      const pl = state.players.find((p) => p.userID === f.player);
      if (pl && f.points) pl.score += f.points;
      log(`${nameOf(f.player)} claimed ${problem?.title ?? f.problem} (+${f.points ?? problem?.points ?? 0})`, 'lock');
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
      log(`${nameOf(f.player)} ${f.reason === 'resigned' ? 'resigned' : `is eliminated${f.round ? ` in round ${f.round}` : ''}`}`, 'boom');
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
      log(`Round ${f.round} starts`, 'bell');
      play('found');
      requestState(true);
    },
    'match:phase': (f) => {
      if (!state) return;
      state.phase = f.phase;
      log(f.phase === 'repair' ? 'Planting is over: repair the bug in your copy!' : `Phase: ${f.phase}`, 'wrench');
      play('found');
      drawHeader();
      requestState(true);
    },
    'match:end': (f) => {
      if (f.state) state = f.state;
      else if (state) { state.status = 'finished'; state.results = f.results; state.ratingChanges = f.ratingChanges; }
      log('The match is over.', 'flag');
      tick = null;
      drawAll();
      drawEnd(f);
    },
    'match:submitted': (f) => { panel.start(f.idempotencyKey, 'Submitted', submittedProblem ?? selected); },
    'chat:message': (f) => {
      if (f.channel !== 'match') return;
      put(chatLog, h('li', {}, h('span', { class: 'chat-from', text: `${f.from}: ` }), f.text));
      while (chatLog.children.length > CHAT_LIMIT) chatLog.firstChild.remove();
      chatLog.scrollTop = chatLog.scrollHeight;
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
    if (f.id.startsWith('msub')) { panel.fail(f.message || f.code); return; }
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
        id: r.id, mode: r.mode, isPrivate: r.isPrivate, status: r.status, phase: 'play', round: 1, problems: (r.problems ?? []).map((slug) => ({ slug, title: slug, points: 0 })),
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
