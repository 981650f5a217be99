// The match screen's views that only draw: the players card, the board of problems and
// the statement. The screen (match.js) owns the state and calls them on every change.
import { h, put, clear, initial, icon } from '../dom.js';
import { api } from '../api.js';
import { renderMarkdown } from '../markdown.js';

const problemCache = new Map();
function problemDetail(slug) {
  if (!problemCache.has(slug)) problemCache.set(slug, api(`/api/problems/${encodeURIComponent(slug)}`, { auth: false }).catch(() => null));
  return problemCache.get(slug);
}

// After the end, the rating the match left the player with (and the change).
function ratingText(state, p) {
  const change = state.ratingChanges?.find((c) => c.userID === p.userID);
  if (!change) return String(p.rating);
  const delta = change.after - change.before;
  return `${change.after} (${delta >= 0 ? '+' : ''}${delta})`;
}

// `progress`: userID → the progress line; `planted`, `repaired`: sabotage marks seen live
// before a snapshot carries them.
export function renderPlayers(playersList, { state, me, progress, planted, repaired }) {
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
      h('span', { class: 'small muted', testid: `player-rating-${p.username}`, text: ` ${ratingText(state, p)} · ${p.region}` })),
    state.mode === 'golf'
      ? h('span', { class: 'player-score', testid: `score-${p.username}` }, p.bestBytes != null ? `${p.bestBytes} B` : '—', h('span', { class: 'visually-hidden', text: p.bestBytes != null ? ' bytes' : ' no accepted solution' }))
      : h('span', { class: 'player-score', testid: `score-${p.username}` }, String(p.score), h('span', { class: 'visually-hidden', text: ' points' })),
    h('span', { class: 'player-progress', testid: `progress-${p.username}`, text: [progress.get(p.userID), extra.join(' · ')].filter(Boolean).join(' · ') })));
  }
}


// Blitz: the lockout board (a claimed card says who has it and selects nothing); the other
// modes: the open problem (and Battle Royale's rounds).
export function renderBoard(boardBox, { state, me, selected, open, nameOf, canSubmit, boardNote, onSelect }) {
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
        'aria-disabled': String(p.claimedBy != null),
        onclick: () => {
          // A claimed problem cannot be submitted: say so, and keep the open one selected.
          if (p.claimedBy != null && canSubmit) {
            boardNote.textContent = `${p.title} is already claimed by ${owner}; pick an open problem.`;
            boardNote.hidden = false;
            return;
          }
          boardNote.hidden = true;
          onSelect(p.slug);
        },
      },
      h('span', { class: 'board-points', text: `${p.points}` }),
      h('span', { class: 'board-title', text: p.title }),
      h('span', { class: 'board-owner', testid: `claim-${p.slug}`, text: owner ? `claimed by ${owner}` : 'open' }, owner ? icon('lock') : null))));
    }
    put(boardBox, list, boardNote);
  } else {
    const label = state.mode === 'royale' ? `Round ${state.round} problem` : 'Problem';
    const p = open[0];
    put(boardBox, h('h2', { id: 'board-title', text: label }),
      p ? h('p', {}, h('strong', { text: p.title }), h('span', { class: 'muted', text: ` · ${p.points} points` })) : h('p', { class: 'muted', text: 'No open problem.' }));
    if (state.mode === 'royale') {
      put(boardBox, h('ol', { class: 'row small muted', 'aria-label': 'Rounds' }, state.problems.map((q, i) => h('li', { class: 'tag', text: `R${i + 1}${i + 1 < state.round ? ' ✓' : i + 1 === state.round ? ' ◀' : ''}` }))));
    }
  }
}


export async function renderStatement(statementBox, slug) {
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
