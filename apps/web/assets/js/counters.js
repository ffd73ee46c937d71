import { get } from './api.js';
import { h } from './dom.js';

/** How one waiting item is named in a badge's spoken text: "3 việc chờ ký". */
const DOCUMENT_STEPS = {
  distribute: 'chờ phân phối',
  assign: 'chờ giao chuyên viên',
  appraise: 'chờ thẩm định, trình',
  initial: 'chờ ký nháy',
  sign: 'chờ ký',
  issue: 'chờ phát hành',
  supplement: 'chờ nhận hồ sơ bổ sung',
};
const DOSSIER_STEPS = {
  receive: 'hồ sơ trực tuyến chờ tiếp nhận',
  transfer: 'hồ sơ chờ chuyển',
  'receive-supplement': 'hồ sơ chờ nhận bổ sung',
  'result-at-desk': 'kết quả chờ nhận về bộ phận một cửa',
  return: 'kết quả chờ trả',
  appraise: 'hồ sơ chờ thẩm định',
  submit: 'hồ sơ chờ trình',
  initial: 'hồ sơ chờ ký nháy',
  sign: 'hồ sơ chờ ký',
  issue: 'hồ sơ chờ phát hành',
};

/** Which navigation entry carries which counts: the queue (documents), the directives followed, the one-stop pages (dossiers). */
const TARGETS = {
  '/viec-cua-toi': (c) => Object.entries(c.documents?.steps ?? {}).map(([step, tally]) => ({ tally, words: `việc ${DOCUMENT_STEPS[step] ?? step}` })),
  '/nhiem-vu': (c) => (c.directives ? [{ tally: c.directives, words: 'nhiệm vụ đang theo dõi' }] : []),
  '/mot-cua': dossierParts,
  '/ho-so': dossierParts,
};

function dossierParts(c) {
  return Object.entries(c.dossiers?.steps ?? {}).map(([step, tally]) => ({ tally, words: DOSSIER_STEPS[step] ?? `hồ sơ chờ ${step}` }));
}

/** "3 việc chờ ký, 1 quá hạn": what a badge says to a screen reader (and in its tooltip). */
export function badgeText(parts) {
  const shown = parts.filter((p) => p.tally.total > 0);
  const overdue = shown.reduce((n, p) => n + p.tally.overdue, 0);
  const dueSoon = shown.reduce((n, p) => n + p.tally.dueSoon, 0);
  return [
    ...shown.map((p) => `${p.tally.total} ${p.words}`),
    ...(overdue ? [`${overdue} quá hạn`] : []),
    ...(dueSoon ? [`${dueSoon} sắp đến hạn`] : []),
  ].join(', ');
}

/** One badge: the number waiting; red when something is overdue, amber when something falls due within a working day. */
export function counterBadge(parts) {
  const total = parts.reduce((n, p) => n + p.tally.total, 0);
  if (total === 0) return null;
  const tone = parts.some((p) => p.tally.overdue > 0) ? 'overdue' : parts.some((p) => p.tally.dueSoon > 0) ? 'due-soon' : 'plain';
  const text = badgeText(parts);
  // The number is drawn by CSS (attr(data-count)): the link's own text stays its name, the badge is named by its label.
  return h('span', { class: 'nav-badge', 'data-tone': tone, 'data-count': String(total), role: 'img', 'aria-label': text, title: text, 'data-testid': 'nav-counter' });
}

let inFlight = null;

/**
 * Puts the caller's counters (GET /api/me/counters) on the navigation's entries; a failure leaves
 * them off, quietly. `minPosition`: the log position the counts must include (a notice's cause).
 */
export async function showCounters(nav, minPosition) {
  if (!nav) return;
  // Header redraws at once share one request; a count that must include a given event asks afresh.
  const asked = minPosition ? get('/api/me/counters', { minPosition }) : (inFlight ??= get('/api/me/counters').finally(() => (inFlight = null)));
  let counters;
  try {
    counters = await asked;
  } catch {
    return;
  }
  if (!nav.isConnected) return;
  for (const link of nav.querySelectorAll('a[href]')) {
    link.querySelector('.nav-badge')?.remove();
    const parts = TARGETS[link.getAttribute('href')]?.(counters);
    const badge = parts ? counterBadge(parts) : null;
    if (badge) link.append(badge);
  }
}

// A notice that just arrived means new work: the badges follow at once.
window.addEventListener('notices:arrived', (event) => void showCounters(document.getElementById('main-nav'), event.detail?.position ?? undefined));
