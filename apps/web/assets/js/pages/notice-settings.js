import { errorText, get, request } from '../api.js';
import { h, mount, notice, pageTitle } from '../dom.js';
import { toast } from '../layout.js';

/** The kinds of notice, as the person reads them. */
const KINDS = [
  ['new_work', 'Việc mới', 'Khi có văn bản, hồ sơ hoặc nhiệm vụ đến lượt bạn xử lý'],
  ['due_soon', 'Sắp đến hạn', 'Khi việc của bạn đến hạn trong vòng một ngày làm việc'],
  ['overdue', 'Quá hạn', 'Khi việc của bạn đã quá hạn'],
  ['returned', 'Bị trả lại', 'Khi phiếu trình của bạn bị trả lại hoặc không được ký'],
];
const CHANNELS = [
  ['inApp', 'Trong ứng dụng'],
  ['email', 'Qua thư điện tử'],
];

/** Cài đặt thông báo: GET/PUT /api/me/notice-preferences — which notices reach the person, in the app and by e-mail. */
export async function render(page) {
  const preferences = await get('/api/me/notice-preferences');
  const status = h('div', { 'aria-live': 'polite' });
  const box = (channel, kind, label) =>
    h('input', { type: 'checkbox', name: `${channel}.${kind}`, checked: preferences[channel][kind], 'aria-label': `${label} — ${CHANNELS.find(([c]) => c === channel)[1]}` });
  const rows = KINDS.map(([kind, label, hint]) =>
    h('tr', {}, h('th', { scope: 'row' }, label, h('div', { class: 'cell-sub' }, hint)), CHANNELS.map(([channel]) => h('td', { class: 'check-cell' }, box(channel, kind, label)))),
  );
  const form = h(
    'form',
    { class: 'card notice-settings', 'data-testid': 'notice-settings', novalidate: true },
    h('table', { class: 'data-table' }, h('caption', {}, 'Nhận thông báo'), h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Loại thông báo'), CHANNELS.map(([, label]) => h('th', { scope: 'col' }, label)))), h('tbody', {}, rows)),
    h('p', { class: 'subtitle' }, 'Thư điện tử được gửi tới địa chỉ công vụ của bạn khi hệ thống có cấu hình máy chủ thư.'),
    status,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, 'Lưu cài đặt')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = Object.fromEntries(CHANNELS.map(([channel]) => [channel, Object.fromEntries(KINDS.map(([kind]) => [kind, form.elements[`${channel}.${kind}`].checked]))]));
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const answer = await request('/api/me/notice-preferences', { method: 'PUT', body });
      mount(status);
      toast(answer.changed ? 'Đã lưu cài đặt thông báo' : 'Cài đặt không thay đổi');
    } catch (error) {
      mount(status, notice(errorText(error), 'error'));
    } finally {
      button.disabled = false;
    }
  });
  mount(page, pageTitle('Cài đặt thông báo', 'Chọn những thông báo bạn muốn nhận trong ứng dụng và qua thư điện tử.'), form);
}
