// Short announcements in the polite live region (screen readers hear them too).
import { h } from './dom.js';

export function toast(message, kind = 'info', ms = 4000) {
  const box = document.getElementById('toasts');
  if (!box) return;
  const item = h('div', { class: `toast toast-${kind}`, text: message });
  box.append(item);
  setTimeout(() => item.remove(), ms);
}
