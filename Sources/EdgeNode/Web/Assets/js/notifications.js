// The bell in the header: the number of unread notifications (GET /api/notifications),
// bumped live by the `notification` frame the core pushes to the player's sockets, with a
// toast for the news. The list itself is a page (pages/notifications.js).
import { on } from './socket.js';
import { api } from './api.js';
import { user, onSessionChange } from './session.js';
import { h, icon, clear } from './dom.js';
import { toast } from './toast.js';
import { play } from './sound.js';

let unread = 0;

// One line for a notification, for the toast and the list alike.
export function describeNotification(item) {
  if (item.kind === 'reply' && item.reply) return `${item.reply.from} replied to “${item.reply.title}”`;
  if (item.kind === 'challenge' && item.challenge) return `Challenge from ${item.challenge.challenger}`;
  if (item.kind === 'clan-invite' && item.clan) return `${item.clan.from} invited you to the clan [${item.clan.clan}]`;
  if (item.kind === 'clan-join' && item.clan) return `${item.clan.from} joined your clan [${item.clan.clan}]`;
  if (item.kind === 'badge' && item.badge) return `Badge earned: ${BADGE_NAMES[item.badge.badge] ?? item.badge.badge}`;
  return 'Something new happened';
}

export function notificationLink(item) {
  if (item.kind === 'reply' && item.reply) return `#/discuss/${item.reply.threadID}?reply=${item.reply.replyID}`;
  if (item.kind === 'challenge') return '#/play';
  if (item.clan) return `#/clan/${encodeURIComponent(item.clan.clan)}`;
  if (item.kind === 'badge') return '#/profile';
  return '#/notifications';
}

// The kinds a player can tune in their settings, in the order shown there.
export const NOTIFICATION_KINDS = {
  reply: 'Replies to my discussion threads',
  challenge: 'Challenges',
  'clan-invite': 'Clan invitations',
  'clan-join': 'New members of my clan',
  badge: 'Badges earned',
};

const BADGE_NAMES = {
  'first-solve': 'First solve', 'ten-solves': 'Ten problems', 'streak-7': 'Seven-day streak',
  'polyglot-3': 'Polyglot', 'first-win': 'First win', 'five-wins': 'Five wins',
};

function draw() {
  const box = document.getElementById('notifications');
  if (!box) return;
  clear(box);
  box.hidden = !user();
  if (!user()) return;
  const label = unread ? `Notifications: ${unread} unread` : 'Notifications';
  box.append(h('a', { class: 'icon-btn bell', href: '#/notifications', testid: 'notifications-bell', 'aria-label': label, title: label },
    icon('bell'), unread ? h('span', { class: 'bell-count', testid: 'notifications-unread', 'aria-hidden': 'true', text: unread > 99 ? '99+' : String(unread) }) : null));
}

export function setUnread(count) {
  unread = Math.max(0, count);
  draw();
}

export async function refreshUnread() {
  if (!user()) { setUnread(0); return; }
  try {
    setUnread((await api('/api/notifications?limit=1')).unread);
  } catch { /* the bell stays as it was; the next frame or page load corrects it */ }
}

on('notification', (frame) => {
  setUnread(unread + 1);
  const item = { kind: frame.kind, reply: frame.reply, clan: frame.clan, badge: frame.badge };
  toast(describeNotification(item), 'info', 6000);
  play('pass');
});
// A reconnect may have missed frames: ask again.
on('hello', () => { refreshUnread(); });
onSessionChange((_, changedUser) => { if (changedUser) refreshUnread(); else draw(); });
draw();
