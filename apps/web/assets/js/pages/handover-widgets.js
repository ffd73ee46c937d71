import { h } from '../dom.js';

/*
 * What the hand-over pages share: the Vietnamese words for the API's codes (kinds of departure,
 * items and steps, outcomes, actions) and the status badge.
 */

export const DEPARTURE_KIND_LABELS = { retire: 'Nghỉ hưu', resign: 'Nghỉ việc', transfer: 'Chuyển công tác' };
export const HANDOVER_STATUS_LABELS = { open: 'Đang bàn giao', released: 'Đã bàn giao xong, đã cho nghỉ' };
export const HANDOVER_ACTION_LABELS = {
  list: 'Lập lại danh sách',
  sign: 'Ký biên bản bàn giao',
  release: 'Cho nghỉ, chuyển công tác',
  reassign: 'Giao lại',
  'hand-over-on-paper': 'Bàn giao trên giấy',
};
/** The step the leaver owes each item (the queues' codes). */
export const HELD_STEP_LABELS = {
  appraise: 'Đang xử lý',
  submit: 'Chờ trình',
  sign: 'Chờ ký',
  initial: 'Chờ ký nháy',
  follow_up: 'Theo dõi, đôn đốc',
  await_supplement: 'Chờ bổ sung hồ sơ',
  keep_file: 'Đang lập hồ sơ',
};

export function handoverStatusBadge(status) {
  return h('span', { class: `badge status handover-${status}`, 'data-status': status }, HANDOVER_STATUS_LABELS[status] ?? status);
}
