// One clan: members with roles, join / leave, and invites for leaders and officers.
import { h, put, field, clear, relativeTime } from '../dom.js';
import { api } from '../api.js';
import { user } from '../session.js';
import { toast } from '../toast.js';
import { navigate } from '../router.js';

// A clan just created in this tab, from the POST answer: the edge may read from a
// replica that has not caught up yet, and a 404 right after "created" would be wrong.
const created = new Map();
export function rememberCreated(clan) {
  created.set(clan.tag.toUpperCase(), clan);
}

export async function render(main, { tag }) {
  const me = user();
  const box = h('div', { class: 'stack' });
  put(main, box);

  async function load() {
    let clan = created.get(tag.toUpperCase());
    created.delete(tag.toUpperCase());
    try {
      clan ??= await api(`/api/clans/${encodeURIComponent(tag)}`, { auth: false });
    } catch (error) {
      put(clear(box), h('h1', { text: `Clan ${tag.toUpperCase()}` }), h('p', { class: 'notice notice-bad', text: error.message }), h('a', { href: '#/clans' }, 'All clans'));
      return;
    }
    const member = me && clan.members.find((m) => m.username === me.username);
    const canInvite = member && (member.role === 'leader' || member.role === 'officer');
    const act = async (path, message) => {
      try {
        const res = await api(path, { method: 'POST' });
        toast(message, 'ok');
        if (res?.clanDeleted) navigate('/clans'); else load();
      } catch (error) { toast(error.message, 'bad'); }
    };
    const actions = h('div', { class: 'row' });
    if (me && !member) put(actions, h('button', { type: 'button', class: 'btn', testid: 'clan-join', onclick: () => act(`/api/clans/${clan.tag}/join`, `You joined [${clan.tag}].`) }, clan.open ? 'Join clan' : 'Accept invite'));
    if (member) put(actions, h('button', { type: 'button', class: 'btn btn-danger', testid: 'clan-leave', onclick: () => act(`/api/clans/${clan.tag}/leave`, `You left [${clan.tag}].`) }, 'Leave clan'));
    put(actions, h('a', { class: 'btn btn-ghost', href: `#/leaderboards?kind=clan&clan=${encodeURIComponent(clan.tag)}` }, 'Member leaderboard'));

    let inviteForm = null;
    if (canInvite) {
      const who = h('input', { name: 'username', required: true, testid: 'clan-invite-user', autocomplete: 'off' });
      inviteForm = h('form', { class: 'filters', testid: 'clan-invite', 'aria-label': 'Invite a player' }, field('Invite player', who), h('button', { class: 'btn', type: 'submit' }, 'Send invite'));
      inviteForm.addEventListener('submit', async (e) => {
        e.preventDefault();
        try {
          await api(`/api/clans/${clan.tag}/invites`, { method: 'POST', body: { username: who.value.trim() } });
          toast(`Invited ${who.value.trim()}.`, 'ok');
          who.value = '';
        } catch (error) { toast(error.message, 'bad'); }
      });
    }

    put(clear(box), 
      h('div', { class: 'page-head' }, h('div', {}, h('p', {}, h('a', { href: '#/clans' }, '← Clans')),
        h('h1', { testid: 'clan-title', text: `[${clan.tag}] ${clan.name}` }),
        h('p', { text: `${clan.open ? 'Open clan' : 'Invite only'} · rating ${clan.rating} · ${clan.members.length} member${clan.members.length === 1 ? '' : 's'}` })), actions),
      inviteForm ? h('section', { class: 'card', 'aria-labelledby': 'invite-title' }, h('h2', { id: 'invite-title', text: 'Invite' }), inviteForm) : null,
      h('section', { class: 'card', 'aria-labelledby': 'members-title' }, h('h2', { id: 'members-title', text: 'Members' }),
        h('div', { class: 'table-wrap' }, h('table', { testid: 'clan-members' },
          h('thead', {}, h('tr', {}, h('th', { text: 'Player' }), h('th', { text: 'Role' }), h('th', { class: 'num', text: 'Rating' }), h('th', { class: 'num', text: 'XP' }), h('th', { class: 'hide-narrow', text: 'Joined' }))),
          h('tbody', {}, clan.members.map((m) => h('tr', {},
            h('td', {}, h('a', { href: `#/profile/${encodeURIComponent(m.username)}`, text: m.username })),
            h('td', {}, h('span', { class: 'tag', text: m.role })),
            h('td', { class: 'num', text: String(m.rating) }), h('td', { class: 'num', text: String(m.xp) }),
            h('td', { class: 'hide-narrow', text: relativeTime(m.joinedAt) }))))))));
  }
  await load();
}
