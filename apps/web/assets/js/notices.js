import { get, post } from './api.js';
import { h, mount } from './dom.js';
import { formatDateTime } from './format.js';
import { currentSession } from './session.js';

/**
 * The bell: unread count in the header, a panel listing the last notices with links, a toast when
 * one arrives. New notices come live from GET /api/me/notices/stream (server-sent events), read
 * with fetch and a stream reader because EventSource cannot send the bearer token; a dropped
 * stream is opened again after 1, 2, 4 … 30 s. One stream per tab, kept across pages, and let go
 * of while the tab stays hidden: a browser opens at most 6 connections to an HTTP/1.1 server, so
 * tabs left in the background must not hold them all.
 */
const KIND_LABELS = { new_work: 'Việc mới', due_soon: 'Sắp đến hạn', overdue: 'Quá hạn', returned: 'Bị trả lại' };
const MAX_RETRY_MS = 30_000;
/** A tab hidden this long closes its stream; shown again, it reopens it (and catches up: `unread`, the badges). */
const HIDDEN_GRACE_MS = 60_000;

const state = { token: null, unread: 0, items: null, controller: null, retries: 0, timer: null, hiddenTimer: null, toast: () => undefined, bell: null };

document.addEventListener('visibilitychange', () => {
  clearTimeout(state.hiddenTimer);
  if (document.visibilityState === 'hidden') {
    state.hiddenTimer = setTimeout(pause, HIDDEN_GRACE_MS);
  } else if (state.token && !state.controller) {
    state.retries = 0;
    connect();
    window.dispatchEvent(new CustomEvent('notices:arrived', { detail: null }));
  }
});

/** Lets the connection go, keeping the session: `connect` picks up again. */
function pause() {
  clearTimeout(state.timer);
  state.controller?.abort();
  state.controller = null;
}

/** Renders the bell into `slot` (the header is drawn again on every page) and makes sure the stream runs for this session. */
export function mountNoticeBell(slot, { toast }) {
  state.toast = toast;
  const session = currentSession();
  if (!session) return stopNotices();
  if (state.token !== session.token) {
    stopNotices();
    state.token = session.token;
    connect();
  }
  const count = h('span', { class: 'bell-count', 'data-testid': 'notice-unread', hidden: state.unread === 0 }, String(state.unread));
  const button = h('button', { type: 'button', class: 'notice-bell', 'aria-expanded': 'false', 'aria-controls': 'notice-panel', 'aria-label': bellLabel(), 'data-testid': 'notice-bell' },
    h('span', { class: 'bell-text', 'aria-hidden': 'true' }, 'Thông báo'), count);
  const panel = h('div', { id: 'notice-panel', class: 'notice-panel', hidden: true, role: 'region', 'aria-label': 'Thông báo' });
  button.addEventListener('click', () => (panel.hidden ? openPanel() : closePanel()));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      closePanel();
      button.focus();
    }
  });
  state.bell = { button, count, panel };
  mount(slot, h('div', { class: 'notice-box' }, button, panel));
}

/** Signing out (or a new session): the stream closes and nothing is retried. */
export function stopNotices() {
  pause();
  clearTimeout(state.hiddenTimer);
  state.token = null;
  state.unread = 0;
  state.items = null;
  state.retries = 0;
}

function bellLabel() {
  return state.unread ? `Thông báo: ${state.unread} chưa đọc` : 'Thông báo: không có thông báo chưa đọc';
}

function showUnread() {
  if (!state.bell) return;
  state.bell.count.textContent = String(state.unread);
  state.bell.count.hidden = state.unread === 0;
  state.bell.button.setAttribute('aria-label', bellLabel());
}

async function openPanel() {
  const { button, panel } = state.bell;
  button.setAttribute('aria-expanded', 'true');
  panel.hidden = false;
  mount(panel, h('p', { class: 'loading', role: 'status' }, 'Đang tải thông báo…'));
  try {
    const answer = await get('/api/me/notices');
    state.items = answer.items;
    state.unread = answer.unread;
    showUnread();
  } catch {
    state.items ??= [];
  }
  if (state.bell?.panel === panel && !panel.hidden) renderPanel();
}

function closePanel() {
  if (!state.bell) return;
  state.bell.button.setAttribute('aria-expanded', 'false');
  state.bell.panel.hidden = true;
}

function renderPanel() {
  const { panel } = state.bell;
  const items = state.items ?? [];
  const markAll = h('button', { type: 'button', class: 'button button-quiet', disabled: state.unread === 0 }, 'Đánh dấu tất cả đã đọc');
  markAll.addEventListener('click', async () => {
    await post('/api/me/notices/read-all', {});
    state.unread = 0;
    for (const item of items) item.readAt ??= new Date().toISOString();
    showUnread();
    renderPanel();
  });
  mount(
    panel,
    h('div', { class: 'notice-panel-head' }, h('h2', {}, 'Thông báo'), markAll),
    items.length
      ? h('ul', { class: 'notice-list', 'data-testid': 'notice-list' }, items.map(noticeEntry))
      : h('p', { class: 'muted' }, 'Chưa có thông báo nào.'),
    h('p', { class: 'notice-panel-foot' }, h('a', { href: '/cai-dat-thong-bao' }, 'Cài đặt thông báo')),
  );
}

function noticeEntry(notice) {
  const link = h('a', { href: notice.link }, notice.title);
  link.addEventListener('click', () => {
    closePanel();
    if (!notice.readAt) void markRead(notice);
  });
  return h(
    'li',
    { class: 'notice-item', 'data-kind': notice.kind, 'data-unread': notice.readAt ? null : 'true' },
    h('span', { class: 'notice-kind' }, KIND_LABELS[notice.kind] ?? notice.kind),
    link,
    h('time', { datetime: notice.createdAt }, formatDateTime(notice.createdAt)),
  );
}

async function markRead(notice) {
  try {
    const answer = await post(`/api/me/notices/${notice.id}/read`, {});
    notice.readAt = answer.readAt;
    state.unread = answer.unread;
    showUnread();
  } catch {
    /* the mark is retried the next time it is opened */
  }
}

function arrived(notice, unread) {
  state.unread = unread;
  state.items = state.items ? [notice, ...state.items.filter((i) => i.id !== notice.id)] : null;
  showUnread();
  if (state.bell && !state.bell.panel.hidden) renderPanel();
  state.toast(`${KIND_LABELS[notice.kind] ?? 'Thông báo'}: ${notice.title}`, 'info');
  window.dispatchEvent(new CustomEvent('notices:arrived', { detail: notice }));
}

function handle(name, data) {
  if (name === 'notice') arrived(data.notice, data.unread);
  else if (name === 'unread') {
    state.unread = data.unread;
    showUnread();
  } else if (name === 'resync') {
    state.items = null;
    if (state.bell && !state.bell.panel.hidden) void openPanel();
  }
}

async function connect() {
  const token = state.token;
  const controller = new window.AbortController();
  state.controller = controller;
  try {
    const response = await fetch('/api/me/notices/stream', { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
    // An expired session is the router's business (the next call of the page sends the user to the login).
    if (response.status === 401) return;
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    state.retries = 0;
    await read(response.body.getReader());
  } catch {
    /* dropped: retried below */
  }
  if (controller.signal.aborted || state.token !== token) return;
  state.controller = null;
  const wait = Math.min(MAX_RETRY_MS, 1000 * 2 ** state.retries) * (0.75 + Math.random() / 2);
  state.retries += 1;
  state.timer = setTimeout(() => state.token === token && !state.controller && connect(), wait);
}

/** Server-sent events: blocks separated by a blank line, `event:` and `data:` lines; comment lines (heartbeats) skipped. */
async function read(reader) {
  const decoder = new window.TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = /^event: ?(.*)$/m.exec(block)?.[1];
      const data = block.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.replace(/^data: ?/, '')).join('\n');
      if (name && data) {
        try {
          handle(name, JSON.parse(data));
        } catch {
          /* a malformed event is skipped */
        }
      }
    }
  }
}
