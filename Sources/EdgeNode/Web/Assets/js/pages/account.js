// Account pages: settings (the email address and whether it is confirmed), confirming an
// address from its mailed link, asking for a password reset, and choosing a new password
// from the reset link. Links in mail open `#/verify-email?token=…` and `#/reset?token=…`.
import { h, put, field } from '../dom.js';
import { api } from '../api.js';
import { user, setSession } from '../session.js';
import { navigate, currentPath } from '../router.js';
import { toast } from '../toast.js';
import { NOTIFICATION_KINDS } from '../notifications.js';

const tokenFromAddress = () => new URLSearchParams(location.hash.split('?')[1] ?? '').get('token') ?? '';

function card(title, ...children) {
  return h('div', { class: 'auth-wrap' }, h('div', { class: 'card stack' }, h('h1', { text: title }), ...children));
}

function form(testid, controls, label, onSubmit) {
  const error = h('p', { class: 'notice notice-bad', role: 'alert', hidden: true, testid: `${testid}-error` });
  const submit = h('button', { type: 'submit', class: 'btn', testid: `${testid}-submit` }, label);
  const element = h('form', { class: 'stack', testid }, ...controls, error, submit);
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    submit.disabled = true;
    try {
      await onSubmit();
    } catch (failure) {
      error.textContent = failure.message;
      error.hidden = false;
    } finally {
      submit.disabled = false;
    }
  });
  return element;
}

async function settings(main) {
  if (!user()) { sessionStorage.setItem('arena.after-signin', '/settings'); navigate('/signin'); return; }
  let account;
  try { account = await api('/api/account'); } catch (error) { put(main, h('p', { class: 'notice notice-bad', text: error.message })); return; }
  const status = h('p', { testid: 'email-status' });
  const show = () => {
    status.replaceChildren(account.email
      ? `${account.email} · ${account.emailVerified ? 'confirmed' : 'waiting for confirmation: open the link we mailed'}`
      : 'No address yet: add one to be able to reset your password.');
  };
  show();
  const email = h('input', { type: 'email', required: true, maxlength: 254, autocomplete: 'email', testid: 'settings-email', value: account.email ?? '' });
  put(main, card('Account settings',
    h('p', { class: 'muted', text: `Signed in as ${account.username}.` }),
    h('h2', { text: 'Email address' }), status,
    form('settings-email-form', [field('Address', email)], account.email ? 'Change address' : 'Add address', async () => {
      account = await api('/api/account/email', { method: 'PUT', body: { email: email.value.trim() } });
      show();
      if (!account.emailVerified) toast('Check your mail: a confirmation link is on its way.', 'ok');
    })));
  put(main.querySelector('.card'), await preferencesForm(account));
}

// Per kind: in the list (and live), by email (needs a confirmed address). Saved on change.
async function preferencesForm(account) {
  let preferences;
  try { preferences = await api('/api/notifications/preferences'); } catch (error) { return h('p', { class: 'notice notice-bad', text: error.message }); }
  const table = h('table', { class: 'preferences', testid: 'notification-preferences' },
    h('thead', {}, h('tr', {}, h('th', { text: 'News' }), h('th', { text: 'In the app' }), h('th', { text: 'By email' }))),
    h('tbody', {}, Object.entries(NOTIFICATION_KINDS).map(([kind, label]) => {
      const current = preferences.kinds[kind] ?? { inApp: true, email: false };
      const box = (key, text) => {
        const input = h('input', { type: 'checkbox', checked: current[key], testid: `pref-${kind}-${key}`, 'aria-label': `${label}: ${text}` });
        input.addEventListener('change', async () => {
          const next = { ...current, [key]: input.checked };
          try {
            const saved = await api('/api/notifications/preferences', { method: 'PUT', body: { kinds: { [kind]: next } } });
            Object.assign(current, saved.kinds[kind]);
            toast('Saved.', 'ok', 1500);
          } catch (error) {
            input.checked = !input.checked;
            toast(error.message, 'bad');
          }
        });
        return h('td', { class: 'center' }, input);
      };
      return h('tr', {}, h('td', { text: label }), box('inApp', 'in the app'), box('email', 'by email'));
    })));
  return h('div', { class: 'stack' }, h('h2', { text: 'Notifications' }), table,
    account.emailVerified ? null : h('p', { class: 'muted small', text: 'Email needs a confirmed address.' }));
}

async function verify(main) {
  const result = h('p', { role: 'status', testid: 'verify-result', text: 'Confirming…' });
  put(main, card('Confirm your email address', result));
  try {
    const account = await api('/api/account/email/verify', { method: 'POST', auth: false, body: { token: tokenFromAddress() } });
    result.textContent = `Confirmed: ${account.email} now belongs to ${account.username}. You can reset your password through it.`;
    result.className = 'notice notice-ok';
  } catch (error) {
    result.textContent = error.message;
    result.className = 'notice notice-bad';
  }
}

function forgot(main) {
  const email = h('input', { type: 'email', required: true, maxlength: 254, autocomplete: 'email', testid: 'forgot-email' });
  const sent = h('p', { class: 'notice notice-ok', role: 'status', hidden: true, testid: 'forgot-sent' });
  put(main, card('Reset your password',
    h('p', { class: 'muted', text: 'Give the confirmed email address of your account; we mail you a link to choose a new password.' }),
    form('forgot-form', [field('Email', email)], 'Send the link', async () => {
      const reply = await api('/api/auth/password-reset', { method: 'POST', auth: false, body: { email: email.value.trim() } });
      sent.textContent = reply.status;
      sent.hidden = false;
    }), sent,
    h('p', { class: 'auth-switch' }, h('a', { href: '#/signin' }, 'Back to sign in'))));
  email.focus();
}

function reset(main) {
  const token = tokenFromAddress();
  const password = h('input', { type: 'password', required: true, minlength: 10, maxlength: 256, autocomplete: 'new-password', testid: 'reset-password' });
  put(main, card('Choose a new password',
    h('p', { class: 'muted', text: 'This signs you out on every device.' }),
    form('reset-form', [field('New password', password, { hint: 'At least 10 characters, not containing your username' })], 'Set the new password', async () => {
      const done = await api('/api/auth/password-reset/confirm', { method: 'POST', auth: false, body: { token, password: password.value } });
      setSession(null);
      toast(`Password changed for ${done.username}. Sign in with the new one.`, 'ok', 8000);
      navigate('/signin');
    })));
  password.focus();
}

export function render(main) {
  const path = currentPath().split('?')[0];
  if (path === '/settings') return settings(main);
  if (path === '/verify-email') return verify(main);
  if (path === '/forgot') return forgot(main);
  return reset(main);
}
