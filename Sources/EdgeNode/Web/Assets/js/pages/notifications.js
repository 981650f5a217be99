// Notifications, newest first: replies to the player's threads, challenges. Opening the
// page marks everything shown as read.
import { h, put, relativeTime } from '../dom.js';
import { api } from '../api.js';
import { user } from '../session.js';
import { navigate } from '../router.js';
import { describeNotification, notificationLink, setUnread } from '../notifications.js';

export async function render(main) {
  if (!user()) { sessionStorage.setItem('arena.after-signin', '/notifications'); navigate('/signin'); return; }
  put(main, h('div', { class: 'page-head' }, h('h1', { testid: 'notifications-title', text: 'Notifications' })));
  let list;
  try {
    list = await api('/api/notifications?limit=50');
  } catch (error) {
    put(main, h('p', { class: 'notice notice-bad', text: error.message }));
    return;
  }
  if (!list.items.length) {
    put(main, h('div', { class: 'card' }, h('p', { class: 'muted', text: 'Nothing yet. Replies to your threads and challenges show up here, live.' })));
    return;
  }
  put(main, h('ul', { class: 'card notification-list', testid: 'notification-list' }, list.items.map((item) => h('li', { class: item.read ? 'read' : 'unread' },
    h('a', { href: notificationLink(item), testid: 'notification-item', text: describeNotification(item) }),
    h('span', { class: 'muted', text: ` · ${relativeTime(item.createdAt)}` }),
    item.read ? null : h('span', { class: 'tag tag-new', text: 'new' })))));
  try {
    await api('/api/notifications/read', { method: 'POST', body: { upTo: list.items[0].id } });
    setUnread(0);
  } catch { /* stays unread; nothing else depends on it */ }
}
