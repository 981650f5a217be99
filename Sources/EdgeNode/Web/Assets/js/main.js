// Boots the app: theme, sound, the account area, the socket and the routes.
import { route, start, navigate } from './router.js';
import { h, clear } from './dom.js';
import { initTheme } from './theme.js';
import { initSound } from './sound.js';
import { user, onSessionChange, setSession, token } from './session.js';
import { connect, on } from './socket.js';
import { api, refresh, hasSessionHint } from './api.js';
import { toast } from './toast.js';
import './live.js';
import './challenges.js';
import './connection.js';
import './notifications.js';

route('/', () => import('./pages/problems.js'));
route('/problems', () => import('./pages/problems.js'));
route('/problem/:slug', () => import('./pages/problem.js'));
route('/problem/:slug/discuss', () => import('./pages/discussions.js'));
route('/discuss/:id', () => import('./pages/thread.js'));
route('/notifications', () => import('./pages/notifications.js'));
route('/settings', () => import('./pages/account.js'));
route('/verify-email', () => import('./pages/account.js'));
route('/forgot', () => import('./pages/account.js'));
route('/reset', () => import('./pages/account.js'));
route('/signin', () => import('./pages/auth.js'));
route('/signup', () => import('./pages/auth.js'));
route('/submissions', () => import('./pages/submissions.js'));
route('/play', () => import('./pages/play.js'));
route('/match/:id', () => import('./pages/match.js'));
route('/spectate', () => import('./pages/spectate.js'));
route('/spectate/:id', () => import('./pages/match.js'));
route('/leaderboards', () => import('./pages/leaderboards.js'));
route('/profile', () => import('./pages/profile.js'));
route('/profile/:username', () => import('./pages/profile.js'));
route('/clans', () => import('./pages/clans.js'));
route('/clan/:tag', () => import('./pages/clan.js'));
route('/admin/plagiarism', () => import('./pages/review.js'));
route('/admin/plagiarism/:id', () => import('./pages/review.js'));

function renderAccount() {
  const box = document.getElementById('account');
  clear(box);
  const me = user();
  // The review queue is for admins only (the API refuses anyone else anyway).
  for (const item of document.querySelectorAll('[data-admin]')) item.hidden = me?.role !== 'admin';
  if (me) {
    box.append(
      h('a', { class: 'user-link', href: `#/profile/${encodeURIComponent(me.username)}`, testid: 'account-user', text: me.username }),
      h('button', {
        type: 'button', class: 'btn btn-ghost btn-small', testid: 'signout',
        onclick: async () => {
          try { await api('/api/auth/signout', { method: 'POST' }); } catch { /* signing out locally is enough */ }
          setSession(null);
          toast('Signed out.');
          navigate('/problems');
        },
      }, 'Sign out'));
  } else {
    box.append(
      h('a', { class: 'btn btn-ghost btn-small', href: '#/signin', testid: 'nav-signin' }, 'Sign in'),
      h('a', { class: 'btn btn-small', href: '#/signup', testid: 'nav-signup' }, 'Sign up'));
  }
}

// Highlights the current section for sighted and screen-reader users alike.
document.addEventListener('arena:route', (event) => {
  const section = event.detail.path.split('/')[1] || 'problems';
  const alias = { problem: 'problems', discuss: 'problems', match: 'play', clan: 'clans', profile: 'profile' };
  const current = alias[section] ?? section;
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === current) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
});

on('error', (f) => {
  // Errors answering a page's own request are shown by that page.
  if (!f.id) toast(f.message || f.code, 'bad');
});

// A new tab (or a reopened browser) has no session of its own: restore it from the
// HttpOnly refresh cookie, when the readable hint says there is one (so visitors who
// never signed in cost no request and log no 401).
async function restoreSession() {
  if (token() || !hasSessionHint()) return;
  try { await refresh(); } catch { /* refresh() cleared what was stale; the page opens signed out */ }
}

initTheme();
initSound();
renderAccount();
onSessionChange(renderAccount);
await restoreSession();
if (token()) connect();
start();
