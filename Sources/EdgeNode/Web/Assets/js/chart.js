// Rating history as an inline SVG line chart (one series per mode), drawn by the page:
// no chart library and nothing outside the CSP.
import { svg, h } from './dom.js';

export function ratingChart(entries, { width = 800, height = 280 } = {}) {
  const pad = { l: 44, r: 14, t: 14, b: 28 };
  const byMode = new Map();
  for (const e of entries) {
    if (!byMode.has(e.mode)) byMode.set(e.mode, [{ t: null, r: e.before }]);
    byMode.get(e.mode).push({ t: new Date(e.recordedAt).getTime(), r: e.after });
  }
  const values = entries.flatMap((e) => [e.before, e.after]);
  let lo = Math.min(...values, 1500);
  let hi = Math.max(...values, 1500);
  const span = Math.max(40, hi - lo);
  lo = Math.floor((lo - span * 0.15) / 10) * 10;
  hi = Math.ceil((hi + span * 0.15) / 10) * 10;
  const maxLen = Math.max(...[...byMode.values()].map((s) => s.length), 2);
  const x = (i) => pad.l + (i / (maxLen - 1)) * (width - pad.l - pad.r);
  const y = (r) => pad.t + (1 - (r - lo) / (hi - lo)) * (height - pad.t - pad.b);

  const modes = [...byMode.keys()];
  const summary = modes.map((m) => { const s = byMode.get(m); return `${m}: ${s[0].r} to ${s[s.length - 1].r} over ${s.length - 1} matches`; }).join('; ');
  const root = svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Rating history. ${summary}`, 'data-testid': 'rating-chart' });
  for (let k = 0; k <= 4; k++) {
    const r = Math.round(lo + ((hi - lo) * k) / 4);
    root.append(svg('line', { class: 'grid-line', x1: pad.l, x2: width - pad.r, y1: y(r), y2: y(r) }));
    root.append(svg('text', { class: 'axis-label', x: pad.l - 6, y: y(r) + 4, 'text-anchor': 'end', text: String(r) }));
  }
  root.append(svg('text', { class: 'axis-label', x: pad.l, y: height - 8, text: 'start' }));
  root.append(svg('text', { class: 'axis-label', x: width - pad.r, y: height - 8, 'text-anchor': 'end', text: 'latest' }));
  for (const mode of modes) {
    const series = byMode.get(mode);
    const points = series.map((p, i) => `${x(i).toFixed(1)},${y(p.r).toFixed(1)}`).join(' ');
    root.append(svg('polyline', { class: `series series-${mode}`, points }));
    series.forEach((p, i) => root.append(svg('circle', { class: `dot series-${mode}`, cx: x(i), cy: y(p.r), r: 4 },
      svg('title', { text: `${mode} ${p.r}${p.t ? ` · ${new Date(p.t).toLocaleString()}` : ' (start)'}` }))));
  }
  const legend = h('ul', { class: 'chart-legend' }, modes.map((m) => h('li', {}, h('span', { class: `swatch series-${m}`, 'aria-hidden': 'true' }), m)));
  return h('figure', { class: 'chart-figure' }, root, legend);
}
