// An address the app cannot read (e.g. a malformed `%` escape in the hash).
import { h, put } from '../dom.js';

export function render(main) {
  put(main, h('div', { class: 'auth-wrap card center', testid: 'not-found' }, h('h1', { text: 'Page not found' }),
    h('p', { class: 'muted', text: 'This address does not lead anywhere in CodeArena.' }),
    h('a', { class: 'btn', href: '#/problems' }, 'Go to the problems')));
}
