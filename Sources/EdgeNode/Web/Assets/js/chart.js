// Rating history, one line per mode, drawn by Chart.js (Debian's libjs-chart.js, loaded from
// /vendor/ the first time a profile with history is shown, so other pages never pay for it).
// Each mode keeps its own dash pattern and marker shape besides its colour, so series that
// overlap (two modes at the same rating) stay distinguishable. A data table under the chart
// carries the same history for screen readers, and stands alone on a host without the package.
import { h } from './dom.js';
import { loadVendorScript } from './vendor.js';
import { MODES } from './verdicts.js';

const STYLES = {
  blitz: { colour: '#e4572e', dash: [], marker: 'circle' },
  golf: { colour: '#17a398', dash: [7, 4], marker: 'rect' },
  royale: { colour: '#7b5cff', dash: [2, 4], marker: 'triangle' },
  sabotage: { colour: '#d4a017', dash: [10, 4, 2, 4], marker: 'rectRot' },
};
const OTHER = { colour: '#8a8fa3', dash: [4, 2], marker: 'circle' };

// Tick labels: dates for a history over days, times of day within one day.
function tickLabel(t, span) {
  const d = new Date(t);
  if (span > 36 * 3600_000) return d.toLocaleDateString([], { month: 'short', day: 'numeric' });
  // Ticks a minute or less apart (a first match) need seconds to tell them apart.
  if (span < 10 * 60_000) return d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

// Points per mode: the rating before its first match (a little left of it), then one per match.
function seriesOf(entries) {
  const sorted = [...entries].sort((a, b) => new Date(a.recordedAt) - new Date(b.recordedAt));
  const times = sorted.map((e) => new Date(e.recordedAt).getTime());
  let first = Math.min(...times);
  let last = Math.max(...times);
  if (last - first < 120_000) { first -= 60_000; last += 60_000; }
  const lead = (last - first) * 0.06;
  const byMode = new Map();
  for (const e of sorted) {
    const t = new Date(e.recordedAt).getTime();
    if (!byMode.has(e.mode)) byMode.set(e.mode, [{ x: t - lead, y: e.before, start: true }]);
    byMode.get(e.mode).push({ x: t, y: e.after });
  }
  return { sorted, first, last, start: first - lead, byMode };
}

// The palette is in CSS variables written with light-dark(), which only an element's
// computed style resolves: the chart box carries them as colours it does not paint.
function palette(box) {
  const style = getComputedStyle(box);
  return { muted: style.color, grid: style.borderTopColor, surface: style.outlineColor, text: style.caretColor };
}

function options(series, colours) {
  const { first, last, start } = series;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const axis = { ticks: { color: colours.muted, font: { size: 11 } }, grid: { color: colours.grid } };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: reduce ? false : { duration: 300 },
    interaction: { mode: 'nearest', intersect: false },
    scales: {
      x: {
        type: 'linear', min: start, max: last, grid: axis.grid,
        // Five dated ticks from the first match to the last, whatever the width.
        afterBuildTicks: (scale) => { scale.ticks = [0, 1, 2, 3, 4].map((k) => ({ value: first + ((last - first) * k) / 4 })); },
        ticks: { ...axis.ticks, autoSkip: false, maxRotation: 0, callback: (value) => tickLabel(value, last - first) },
      },
      y: { grace: '15%', ticks: { ...axis.ticks, precision: 0 }, grid: axis.grid },
    },
    plugins: {
      legend: { labels: { usePointStyle: true, color: colours.text } },
      tooltip: {
        callbacks: {
          title: (items) => (items[0].raw.start ? 'Before the first match' : new Date(items[0].raw.x).toLocaleString()),
          label: (item) => `${item.dataset.label}: ${item.raw.y}`,
        },
      },
    },
  };
}

function datasets(series, colours) {
  return [...series.byMode.entries()].map(([mode, points]) => {
    const style = STYLES[mode] ?? OTHER;
    return {
      label: MODES[mode]?.name ?? mode, data: points, tension: 0, borderWidth: 2.5,
      borderColor: style.colour, backgroundColor: style.colour, borderDash: style.dash,
      pointStyle: style.marker, pointRadius: 4.5, pointHoverRadius: 6.5, pointBorderColor: colours.surface, pointBorderWidth: 2,
    };
  });
}

async function draw(box, canvas, series) {
  await loadVendorScript('chart.js/chart.min.js');
  const chart = new window.Chart(canvas, { type: 'line', data: { datasets: datasets(series, palette(box)) }, options: options(series, palette(box)) });
  // Redrawn in the new palette when the theme changes; let go once the page is gone.
  const retheme = () => {
    if (!canvas.isConnected) { document.removeEventListener('arena:theme', retheme); chart.destroy(); return; }
    chart.data.datasets = datasets(series, palette(box));
    chart.options = options(series, palette(box));
    chart.update();
  };
  document.addEventListener('arena:theme', retheme);
}

function table(series) {
  return h('details', { class: 'chart-data' }, h('summary', { text: 'Rating history as a table' }),
    h('div', { class: 'table-wrap' }, h('table', { testid: 'rating-table' },
      h('thead', {}, h('tr', {}, h('th', { text: 'When' }), h('th', { text: 'Mode' }), h('th', { class: 'num', text: 'Before' }), h('th', { class: 'num', text: 'After' }))),
      h('tbody', {}, [...series.sorted].reverse().map((e) => h('tr', {},
        h('td', { text: new Date(e.recordedAt).toLocaleString() }), h('td', { text: MODES[e.mode]?.name ?? e.mode }),
        h('td', { class: 'num', text: String(e.before) }), h('td', { class: 'num', text: `${e.after} (${e.after >= e.before ? '+' : ''}${e.after - e.before})` })))))));
}

export function ratingChart(entries) {
  const series = seriesOf(entries);
  const summary = [...series.byMode.entries()]
    .map(([mode, points]) => `${mode}: ${points[0].y} to ${points[points.length - 1].y} over ${points.length - 1} matches`).join('; ');
  const canvas = h('canvas', { role: 'img', 'aria-label': `Rating history. ${summary}`, testid: 'rating-chart' });
  const box = h('div', { class: 'chart-box' }, canvas);
  const data = table(series);
  draw(box, canvas, series).catch(() => {
    box.replaceWith(h('p', { class: 'muted', text: 'The chart library is not installed on this server; the table below holds the history.' }));
    data.open = true;
  });
  return h('figure', { class: 'chart-figure' }, box, data);
}
