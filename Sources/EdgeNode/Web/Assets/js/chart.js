// Rating history as an inline SVG line chart (one series per mode), drawn by the page:
// no chart library and nothing outside the CSP. The x axis is time with dated ticks, and
// each mode has its own dash pattern and marker shape besides its colour, so series that
// overlap (two modes at the same rating) stay distinguishable.
import { svg, h } from './dom.js';

const STYLES = {
  blitz: { dash: null, marker: 'circle' },
  golf: { dash: '7 4', marker: 'square' },
  royale: { dash: '2 4', marker: 'triangle' },
  sabotage: { dash: '10 4 2 4', marker: 'diamond' },
};

function marker(shape, cx, cy, cls, title) {
  const r = 4.5;
  const attrs = { class: cls };
  let node;
  if (shape === 'square') node = svg('rect', { ...attrs, x: cx - r + 0.5, y: cy - r + 0.5, width: 2 * r - 1, height: 2 * r - 1 });
  else if (shape === 'triangle') node = svg('polygon', { ...attrs, points: `${cx},${cy - r - 1} ${cx + r + 0.5},${cy + r} ${cx - r - 0.5},${cy + r}` });
  else if (shape === 'diamond') node = svg('polygon', { ...attrs, points: `${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}` });
  else node = svg('circle', { ...attrs, cx, cy, r });
  node.append(svg('title', { text: title }));
  return node;
}

// Tick labels: dates for a history over days, times of day within one day.
function tickLabel(t, span) {
  const d = new Date(t);
  if (span > 36 * 3600_000) return d.toLocaleDateString([], { month: 'short', day: 'numeric' });
  // Ticks a minute or less apart (a first match) need seconds to tell them apart.
  if (span < 10 * 60_000) return d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export function ratingChart(entries, { width = 800, height = 280 } = {}) {
  const pad = { l: 44, r: 16, t: 14, b: 30 };
  const sorted = [...entries].sort((a, b) => new Date(a.recordedAt) - new Date(b.recordedAt));
  const times = sorted.map((e) => new Date(e.recordedAt).getTime());
  let first = Math.min(...times);
  let last = Math.max(...times);
  if (last - first < 120_000) { first -= 60_000; last += 60_000; }
  // Each series starts from its rating before its first match, a little left of it.
  const lead = (last - first) * 0.06;
  const t0 = first - lead;
  const byMode = new Map();
  for (const e of sorted) {
    const t = new Date(e.recordedAt).getTime();
    if (!byMode.has(e.mode)) byMode.set(e.mode, [{ t: t - lead, r: e.before, start: true }]);
    byMode.get(e.mode).push({ t, r: e.after });
  }
  const values = sorted.flatMap((e) => [e.before, e.after]);
  let lo = Math.min(...values, 1500);
  let hi = Math.max(...values, 1500);
  const span = Math.max(40, hi - lo);
  lo = Math.floor((lo - span * 0.15) / 10) * 10;
  hi = Math.ceil((hi + span * 0.15) / 10) * 10;
  const x = (t) => pad.l + ((t - t0) / (last - t0)) * (width - pad.l - pad.r);
  const y = (r) => pad.t + (1 - (r - lo) / (hi - lo)) * (height - pad.t - pad.b);

  const modes = [...byMode.keys()];
  const summary = modes.map((m) => { const s = byMode.get(m); return `${m}: ${s[0].r} to ${s[s.length - 1].r} over ${s.length - 1} matches`; }).join('; ');
  const root = svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Rating history. ${summary}`, 'data-testid': 'rating-chart' });
  for (let k = 0; k <= 4; k++) {
    const r = Math.round(lo + ((hi - lo) * k) / 4);
    root.append(svg('line', { class: 'grid-line', x1: pad.l, x2: width - pad.r, y1: y(r), y2: y(r) }));
    root.append(svg('text', { class: 'axis-label', x: pad.l - 6, y: y(r) + 4, 'text-anchor': 'end', text: String(r) }));
  }
  for (let k = 0; k <= 4; k++) {
    const t = first + ((last - first) * k) / 4;
    const anchor = k === 0 ? 'start' : k === 4 ? 'end' : 'middle';
    root.append(svg('line', { class: 'grid-line', x1: x(t), x2: x(t), y1: height - pad.b, y2: height - pad.b + 4 }));
    root.append(svg('text', { class: 'axis-label', 'data-testid': 'chart-date', x: x(t), y: height - 10, 'text-anchor': anchor, text: tickLabel(t, last - first) }));
  }
  for (const mode of modes) {
    const series = byMode.get(mode);
    const style = STYLES[mode] ?? { dash: '4 2', marker: 'circle' };
    const points = series.map((p) => `${x(p.t).toFixed(1)},${y(p.r).toFixed(1)}`).join(' ');
    root.append(svg('polyline', { class: `series series-${mode}`, points, ...(style.dash ? { 'stroke-dasharray': style.dash } : {}) }));
    for (const p of series) {
      root.append(marker(style.marker, x(p.t), y(p.r), `dot series-${mode}`, `${mode} ${p.r}${p.start ? ' (before the first match)' : ` · ${new Date(p.t).toLocaleString()}`}`));
    }
  }
  const legend = h('ul', { class: 'chart-legend' }, modes.map((m) => {
    const style = STYLES[m] ?? { dash: '4 2', marker: 'circle' };
    const sample = svg('svg', { class: 'swatch-line', viewBox: '0 0 34 12', width: 34, height: 12, 'aria-hidden': 'true' },
      svg('line', { class: `series series-${m}`, x1: 1, x2: 33, y1: 6, y2: 6, ...(style.dash ? { 'stroke-dasharray': style.dash } : {}) }),
      marker(style.marker, 17, 6, `dot series-${m}`, m));
    return h('li', {}, sample, m);
  }));
  return h('figure', { class: 'chart-figure' }, root, legend);
}
