// Builds DOM nodes from data without ever parsing HTML, so nothing from the server
// can inject markup or inline styles (the CSP forbids both anyway).

const PROPS = new Set(['value', 'checked', 'disabled', 'selected', 'hidden', 'indeterminate']);

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key === 'style') throw new Error('inline styles are not allowed by the CSP');
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'testid') el.dataset.testid = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (PROPS.has(key)) el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

export function svg(tag, attrs, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null) continue;
    if (key === 'text') el.textContent = value;
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) if (child) el.append(child);
  return el;
}

// A labelled form field; the label wraps nothing so layouts stay flexible.
let fieldCounter = 0;
export function field(labelText, control, { hint, className = 'field' } = {}) {
  if (!control.id) control.id = `f${++fieldCounter}`;
  return h('div', { class: className },
    h('label', { for: control.id, text: labelText }),
    control,
    hint ? h('span', { class: 'small muted', text: hint }) : null);
}

export function relativeTime(date) {
  const then = new Date(date).getTime();
  if (!Number.isFinite(then)) return '';
  const seconds = Math.round((Date.now() - then) / 1000);
  const fmt = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  if (Math.abs(seconds) < 60) return fmt.format(-seconds, 'second');
  if (Math.abs(seconds) < 3600) return fmt.format(-Math.round(seconds / 60), 'minute');
  if (Math.abs(seconds) < 86400) return fmt.format(-Math.round(seconds / 3600), 'hour');
  return fmt.format(-Math.round(seconds / 86400), 'day');
}

export function initial(name) {
  return (name || '?').slice(0, 1).toUpperCase();
}

// An icon from the sprite (decorative unless given a label).
export function icon(name, label) {
  const el = svg('svg', { class: `icon icon-${name}`, viewBox: '0 0 24 24', 'aria-hidden': label ? null : 'true', role: label ? 'img' : null, 'aria-label': label ?? null, focusable: 'false' },
    svg('use', { href: `/assets/icons.svg#${name}` }));
  return el;
}

// Appends children, skipping null/false (Element.append would print "null").
export function put(parent, ...children) {
  return append(parent, children);
}
