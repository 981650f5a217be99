// Verdict codes → names and CSS classes, shared by every page that shows a verdict.
import { h } from './dom.js';

export const VERDICT_NAMES = {
  AC: 'Accepted', WA: 'Wrong answer', PE: 'Presentation error', TLE: 'Time limit exceeded',
  MLE: 'Memory limit exceeded', OLE: 'Output limit exceeded', RE: 'Runtime error',
  CE: 'Compilation error', SE: 'System error', PENDING: 'Pending',
};

export function verdictChip(code, extra = {}) {
  const safe = /^[A-Z]+$/.test(code || '') ? code : 'PENDING';
  return h('span', { class: `verdict verdict-${safe}`, title: VERDICT_NAMES[safe] || safe, text: safe, ...extra });
}

export function formatMemory(kb) {
  if (kb == null) return '—';
  return kb >= 10240 ? `${(kb / 1024).toFixed(1)} MB` : `${kb} KB`;
}

export function formatTime(ms) {
  return ms == null ? '—' : `${ms} ms`;
}

/** A scoring problem's points: whole numbers as such, others to two decimals. */
export function formatScore(score) {
  if (score == null) return '—';
  return Number.isInteger(score) ? String(score) : score.toFixed(2);
}

export const MODES = {
  blitz: { name: 'Blitz', icon: 'bolt', desc: 'Lockout: first to solve a problem claims its points. 15 minutes.' },
  golf: { name: 'Code Golf', icon: 'flag', desc: 'One problem, 10 minutes. Shortest accepted source wins.' },
  royale: { name: 'Battle Royale', icon: 'crown', desc: 'Rounds of 5 minutes; the slowest solver of each round is out.' },
  sabotage: { name: 'Sabotage', icon: 'bomb', desc: 'Plant a bug in working code, then repair your opponent\'s.' },
};
