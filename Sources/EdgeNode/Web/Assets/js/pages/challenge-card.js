// Challenge named players: an invitation they accept or decline (challenges.js). The
// match is unrated unless "Rated" is ticked and every invited player accepts it as such.
// Below the form: this player's challenges, open ones with their countdown and Cancel.
import { h, field } from '../dom.js';
import { MODES } from '../verdicts.js';
import { challenges, onChallenges, sendChallenge, answer, describe, isOpen, secondsLeft } from '../challenges.js';

function opponentsHint(mode) {
  return mode === 'royale'
    ? 'Exactly three usernames (a Battle Royale seats four players), separated by commas or spaces.'
    : 'One username: this mode is one against one.';
}

const STATUS = {
  pending: 'waiting', starting: 'starting', started: 'started', declined: 'declined', cancelled: 'cancelled', expired: 'expired',
};

function challengeLine(challenge, me) {
  const mine = (name) => name.toLowerCase() === me.toLowerCase();
  const invited = challenge.players.filter((p) => p.username !== challenge.challenger)
    .map((p) => `${mine(p.username) ? 'you' : p.username}${p.response === 'accepted' ? ' ✓' : ''}`);
  const open = isOpen(challenge);
  const status = open ? `waiting · ${secondsLeft(challenge)} s left` : (STATUS[challenge.status] ?? challenge.status);
  const line = h('li', { testid: 'my-challenge', 'data-status': challenge.status },
    h('span', {}, h('strong', { text: `${mine(challenge.challenger) ? 'You' : challenge.challenger} → ${invited.join(', ')}` }),
      ` ${describe(challenge)}`),
    h('span', { class: 'muted small', testid: 'my-challenge-status', text: status }));
  if (challenge.match && challenge.status === 'started') line.append(h('a', { href: `#/match/${challenge.match}`, text: 'Open match' }));
  if (open && mine(challenge.challenger)) {
    const cancel = h('button', { type: 'button', class: 'btn btn-small btn-ghost', testid: 'challenge-cancel' }, 'Cancel');
    cancel.addEventListener('click', async () => { cancel.disabled = true; try { await answer(challenge.id, 'decline'); } catch { cancel.disabled = false; } });
    line.append(cancel);
  }
  return line;
}

export function challengeCard(me) {
  const mode = h('select', { name: 'challenge-mode', testid: 'challenge-mode' }, Object.entries(MODES).map(([id, m]) => h('option', { value: id, text: m.name })));
  const names = h('input', { name: 'opponents', required: true, autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', testid: 'challenge-players', placeholder: 'bob, carol' });
  const isPrivate = h('input', { type: 'checkbox', name: 'private', checked: true, testid: 'challenge-private' });
  const rated = h('input', { type: 'checkbox', name: 'rated', testid: 'challenge-rated' });
  const error = h('p', { class: 'notice notice-bad live-error', role: 'alert', testid: 'challenge-error' });
  const sent = h('p', { class: 'notice', role: 'status', testid: 'challenge-sent', hidden: true });
  const button = h('button', { type: 'submit', class: 'btn', testid: 'challenge-submit' }, 'Send challenge');
  const list = h('ul', { class: 'challenge-list', testid: 'my-challenges', 'aria-label': 'Your challenges' });
  const form = h('form', { class: 'stack', testid: 'challenge-form', 'aria-labelledby': 'challenge-title' },
    field('Mode', mode),
    field('Opponents', names, { hint: opponentsHint(mode.value) }),
    field('Private: only the players can watch', isPrivate, { className: 'field field-inline' }),
    field('Rated: changes ratings if everyone accepts it as rated', rated, { className: 'field field-inline' }),
    h('div', { class: 'row' }, button));
  // The hint follows the mode: 1v1 modes take one opponent, a Battle Royale three.
  mode.addEventListener('change', () => {
    const hint = form.querySelector('[data-testid=challenge-players]')?.parentElement?.querySelector('.small.muted');
    if (hint) hint.textContent = opponentsHint(mode.value);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    sent.hidden = true;
    const others = names.value.split(/[\s,]+/).filter((n) => n && n.toLowerCase() !== me.toLowerCase());
    button.disabled = true;
    try {
      const challenge = await sendChallenge({ mode: mode.value, players: [me, ...others], isPrivate: isPrivate.checked, rated: rated.checked });
      sent.textContent = `Challenge sent to ${others.join(', ')}. The match starts when ${others.length > 1 ? 'they all accept' : 'they accept'} (within ${secondsLeft(challenge)} s).`;
      sent.hidden = false;
      names.value = '';
    } catch (failure) {
      error.textContent = failure.message || 'The challenge could not be sent.';
    } finally {
      button.disabled = false;
    }
  });
  const draw = (all) => {
    const shown = all.filter((c) => isOpen(c) || c.status === 'started' || c.status === 'declined').slice(0, 6);
    list.replaceChildren(...shown.map((c) => challengeLine(c, me)));
  };
  const stop = onChallenges(draw);
  draw(challenges());
  const tick = setInterval(() => { if (!list.isConnected) { clearInterval(tick); stop(); return; } draw(challenges()); }, 1000);
  return h('section', { class: 'card', testid: 'challenge', 'aria-labelledby': 'challenge-title' },
    h('h2', { id: 'challenge-title', text: 'Challenge players' }),
    h('p', { class: 'muted small', text: 'They get an invitation to accept or decline; blocked players cannot challenge you.' }), form, error, sent, list);
}
