// Light / dark / follow the system, remembered per browser. The attribute on <html>
// selects the palette in app.css; without it the system preference decides.
import { load, save } from './prefs.js';
import { icon } from './dom.js';

const ORDER = ['system', 'light', 'dark'];
const ICON = { system: 'auto', light: 'sun', dark: 'moon' };

function apply(mode) {
  if (mode === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = mode;
  const button = document.getElementById('theme-toggle');
  if (button) {
    button.replaceChildren(icon(ICON[mode]));
    button.setAttribute('aria-label', `Colour theme: ${mode} (change)`);
    button.title = `Theme: ${mode}`;
  }
  // Drawings that read the palette once (the rating chart's canvas) redraw on this.
  document.dispatchEvent(new CustomEvent('arena:theme'));
}

export function initTheme() {
  let mode = load('theme', 'system');
  if (!ORDER.includes(mode)) mode = 'system';
  apply(mode);
  document.getElementById('theme-toggle')?.addEventListener('click', () => {
    mode = ORDER[(ORDER.indexOf(mode) + 1) % ORDER.length];
    save('theme', mode);
    apply(mode);
  });
}
