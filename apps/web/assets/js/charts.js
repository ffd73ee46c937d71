import { h } from './dom.js';

/**
 * Chart.js (UMD build served from node_modules at /assets/vendor/chart.umd.js), loaded once,
 * only by the pages that draw charts. Every chart also has its figures as a table for
 * screen readers and for anyone who prefers numbers.
 */
let loading = null;

export function loadChartJs() {
  loading ??= new Promise((resolve, reject) => {
    if (window.Chart) return resolve(window.Chart);
    const script = document.createElement('script');
    // The import map of index.html names the fingerprinted file (cached for a year); the plain path otherwise.
    script.src = import.meta.resolve?.('/assets/vendor/chart.umd.js') ?? '/assets/vendor/chart.umd.js';
    script.onload = () => resolve(window.Chart);
    script.onerror = () => {
      loading = null;
      reject(new Error('Không tải được thư viện biểu đồ'));
    };
    document.head.append(script);
  });
  return loading;
}

export const COLOURS = { red: '#b3261e', blue: '#1d5fa8', green: '#2e7d32', amber: '#b26a00', grey: '#5f6b7a' };

/** A canvas with its accessible name, plus the same figures as a table in a <details>. */
export function chartFigure(id, title, headers, rows) {
  const canvas = h('canvas', { id, role: 'img', 'aria-label': `Biểu đồ: ${title}` });
  return {
    canvas,
    element: h(
      'figure',
      { class: 'chart', 'data-testid': id },
      h('figcaption', {}, title),
      h('div', { class: 'chart-box' }, canvas),
      h(
        'details',
        {},
        h('summary', {}, 'Xem số liệu dạng bảng'),
        h(
          'table',
          { class: 'data-table compact' },
          h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
          h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))))),
        ),
      ),
    ),
  };
}

/** Draws a chart once the canvas is in the page; answers the Chart instance (destroy it on leaving). */
export function drawChart(Chart, canvas, { type, labels, datasets, horizontal = false, stacked = false }) {
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#1c2430';
  return new Chart(canvas, {
    type,
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: horizontal ? 'y' : 'x',
      locale: 'vi-VN',
      plugins: { legend: { position: 'bottom' } },
      scales: {
        x: { stacked, ticks: { precision: 0 }, beginAtZero: true },
        y: { stacked, ticks: { precision: 0 }, beginAtZero: true },
      },
    },
  });
}
