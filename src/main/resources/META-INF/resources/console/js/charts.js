// Charts drawn as SVG by the console itself: no chart library to ship, and each chart has its numbers as text too.
import { h, svg, table } from './dom.js';

const ROW = 28;
const LABEL = 190;
const WIDTH = 640;

/** Horizontal bars, one per {label, value}; series colours come from the stylesheet's bar-<n> classes. */
export function bars(title, items, format = String) {
  const max = Math.max(1, ...items.map((item) => item.value));
  const height = items.length * ROW + 8;
  return svg('svg', { class: 'chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': title },
    svg('title', {}, title),
    items.map((item, index) => {
      const y = index * ROW + 4;
      const length = Math.round(((WIDTH - LABEL - 110) * item.value) / max);
      return svg('g', {},
        svg('text', { x: 0, y: y + 17, class: 'chart-label' }, item.label),
        svg('rect', { x: LABEL, y, width: Math.max(length, 1), height: ROW - 8, class: `bar bar-${item.series ?? 0}` }),
        svg('text', { x: LABEL + length + 6, y: y + 17, class: 'chart-value' }, format(item.value)));
    }));
}

/** Groups of bars, one group per {label, values[]}, the series named in legend. */
export function groupedBars(title, groups, legend, format = String) {
  const items = [];
  for (const group of groups) {
    group.values.forEach((value, series) => items.push({ label: series === 0 ? group.label : '', value, series }));
  }
  const chart = bars(title, items, format);
  const key = svg('g', { class: 'legend' },
    legend.map((name, series) => svg('g', {},
      svg('rect', { x: LABEL + series * 110, y: 0, width: 12, height: 12, class: `bar bar-${series}` }),
      svg('text', { x: LABEL + series * 110 + 16, y: 11, class: 'chart-label' }, name))));
  const wrapper = svg('svg', { class: 'chart', viewBox: `0 -20 ${WIDTH} ${items.length * ROW + 28}`, role: 'img', 'aria-label': title },
    svg('title', {}, title), key, ...Array.from(chart.childNodes).filter((node) => node.nodeName !== 'title'));
  return wrapper;
}

/** The chart for the eye and its numbers as a table for a screen reader, which reads the table and skips the picture. */
export function figure(chart, headers, rows) {
  chart.setAttribute('aria-hidden', 'true');
  return h('figure', { class: 'chart-figure' }, chart, h('div', { class: 'sr-only' }, table(headers, rows)));
}
