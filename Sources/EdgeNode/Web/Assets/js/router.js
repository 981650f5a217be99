// Hash routing: `#/problem/a-plus-b` works from any edge without server routes.
// Each page renders into <main> and may return a cleanup for its listeners.

const routes = [];
let cleanup = null;
let firstRender = true;

export function route(pattern, load) {
  const names = [];
  const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (_, name) => { names.push(name); return '([^/]+)'; })}$`);
  routes.push({ regex, names, load });
}

export function navigate(path) {
  if (location.hash === `#${path}`) render();
  else location.hash = path;
}

export function currentPath() {
  return location.hash.replace(/^#/, '') || '/';
}

const notFound = () => import('./pages/not-found.js');

// The route for a path: its loader and decoded parameters, the not-found page for an
// address that does not decode, null when no route matches.
function resolve(path) {
  for (const { regex, names, load } of routes) {
    const match = path.match(regex);
    if (!match) continue;
    try {
      return { load, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])])) };
    } catch {
      return { load: notFound, params: {} }; // URIError: a malformed `%` escape
    }
  }
  return null;
}

export async function render() {
  const path = currentPath().split('?')[0];
  const main = document.getElementById('main');
  const found = resolve(path);
  if (!found) {
    navigate('/problems');
    return;
  }
  const { load, params } = found;
  if (typeof cleanup === 'function') {
    try { cleanup(); } catch { /* a page that failed to clean up must not block navigation */ }
  }
  cleanup = null;
  // Each render gets its own view: a slower, older render that finishes late writes
  // into a detached view instead of mixing with the current page.
  const view = document.createElement('div');
  view.className = 'view';
  main.replaceChildren(view);
  document.dispatchEvent(new CustomEvent('arena:route', { detail: { path } }));
  const page = await load();
  if (!view.isConnected) return;
  const done = await page.render(view, params);
  if (!view.isConnected) {
    if (typeof done === 'function') done();
    return;
  }
  cleanup = done;
  // Move focus to the new heading on in-app navigation (not on the first load), so
  // screen readers announce the page and keyboard users start from its top.
  if (!firstRender) {
    const heading = view.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
  }
  firstRender = false;
}

export function start() {
  window.addEventListener('hashchange', render);
  render();
}
