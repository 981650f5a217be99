// Sign in / sign up: one form, the route decides which.
import { h, put, field } from '../dom.js';
import { api } from '../api.js';
import { setSession } from '../session.js';
import { navigate, currentPath } from '../router.js';
import { toast } from '../toast.js';
import { proveWork } from '../proof-of-work.js';

export function render(main) {
  const signup = currentPath().startsWith('/signup');
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, minlength: 3, maxlength: 24, pattern: signup ? '[A-Za-z][A-Za-z0-9_\\-]{2,23}' : null, testid: 'auth-username', autocapitalize: 'off', spellcheck: 'false' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: signup ? 'new-password' : 'current-password', required: true, minlength: signup ? 10 : 1, maxlength: 256, testid: 'auth-password' });
  const email = signup ? h('input', { name: 'email', type: 'email', autocomplete: 'email', maxlength: 254, testid: 'auth-email', autocapitalize: 'off', spellcheck: 'false' }) : null;
  const error = h('p', { class: 'notice notice-bad', role: 'alert', hidden: true, testid: 'auth-error' });
  const submit = h('button', { class: 'btn btn-big', type: 'submit', testid: 'auth-submit' }, signup ? 'Create account' : 'Sign in');
  const form = h('form', { class: 'stack', testid: 'auth-form', novalidate: false },
    field('Username', username, { hint: signup ? '3–24 letters, digits, _ or -, starting with a letter' : null }),
    field('Password', password, { hint: signup ? 'At least 10 characters, not containing your username' : null }),
    email ? field('Email (optional)', email, { hint: 'For password resets; we mail a link to confirm it' }) : null,
    error, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    submit.disabled = true;
    try {
      const credentials = { username: username.value.trim(), password: password.value };
      if (email?.value.trim()) credentials.email = email.value.trim();
      if (signup) {
        submit.textContent = 'Checking you are not a bot…';
        credentials.proof = await proveWork();
        submit.textContent = 'Creating your account…';
      }
      const body = await api(signup ? '/api/auth/signup' : '/api/auth/signin', { method: 'POST', auth: false, body: credentials });
      setSession(body);
      toast(signup ? `Welcome to the arena, ${body.user.username}!${credentials.email ? ' Check your mail to confirm your address.' : ''}` : `Welcome back, ${body.user.username}.`, 'ok');
      const back = sessionStorage.getItem('arena.after-signin');
      sessionStorage.removeItem('arena.after-signin');
      navigate(back || '/problems');
    } catch (err) {
      error.textContent = err.message;
      error.hidden = false;
    } finally {
      submit.disabled = false;
      submit.textContent = signup ? 'Create account' : 'Sign in';
    }
  });
  put(main, h('div', { class: 'auth-wrap' },
    h('div', { class: 'card' },
      h('h1', { text: signup ? 'Create your account' : 'Sign in' }),
      h('p', { class: 'muted', text: signup ? 'Solve problems, climb the ladder, battle live.' : 'Pick up where you left off.' }),
      form,
      signup ? null : h('p', { class: 'auth-switch' }, h('a', { href: '#/forgot', testid: 'goto-forgot' }, 'Forgot your password?')),
      h('p', { class: 'auth-switch' }, signup ? 'Already have an account? ' : 'New here? ',
        h('a', { href: signup ? '#/signin' : '#/signup', testid: signup ? 'goto-signin' : 'goto-signup' }, signup ? 'Sign in' : 'Create an account')))));
  username.focus();
}
