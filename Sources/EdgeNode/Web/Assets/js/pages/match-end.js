// The end screen of a match: the headline from the viewer's place, each player's place,
// score and rating change. Drawn from `match:end` or from a finished snapshot.
import { h, put, clear, icon } from '../dom.js';

// Returns null while there is nothing to show yet, else { won, draw }.
export function renderEndScreen(endBox, { frame, state, me }) {
  const results = frame?.results ?? state?.results ?? [];
  const changes = frame?.ratingChanges ?? state?.ratingChanges ?? [];
  if (!results.length && state?.status !== 'finished') return null;
  const mine = results.find((r) => r.userID === me.id);
  const places = results.map((r) => r.place);
  const draw = !!mine && places.filter((p) => p === mine.place).length > 1;
  const won = mine?.place === 1 && !draw;
  const headline = !mine ? 'Match over' : draw ? 'Draw!' : won ? 'Victory!' : `You placed #${mine.place}`;
  put(clear(endBox),
    h('div', { class: 'trophy' }, icon(won ? 'trophy' : draw ? 'handshake' : 'flag')),
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
    h('div', { class: 'row' }, h('a', { class: 'btn', href: '#/play', testid: 'play-again' }, 'Play again'), h('a', { class: 'btn btn-ghost', href: `#/profile/${encodeURIComponent(me.username)}` }, 'Your profile')));
  endBox.hidden = false;
  return { won, draw };
}
