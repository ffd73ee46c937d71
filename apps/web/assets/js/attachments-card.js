import { errorText, get, newIdempotencyKey, post } from './api.js';
import { attachmentList, uploadZone } from './attachments.js';
import { h } from './dom.js';
import { userName } from './reference.js';

/** What each use of a document's files is called. */
export const DOCUMENT_FILE_PURPOSES = { scan: 'Bản quét văn bản đến', draft: 'Dự thảo', signed: 'Bản đã ký', annex: 'Phụ lục', report: 'Báo cáo' };
/** What each use of a dossier's files is called. */
export const DOSSIER_FILE_PURPOSES = { item: 'Thành phần hồ sơ', result: 'Kết quả giải quyết', supplement: 'Hồ sơ bổ sung', other: 'Tài liệu khác' };

/**
 * "Tệp đính kèm" of a document or a dossier (`owner`: `documents` | `dossiers`): the files attached so
 * far (preview, download), and for those who may attach, files uploaded then attached with their
 * purpose (and, on a dossier, the item they belong to). The server decides who may; its refusal shows here.
 */
export async function attachmentsCard({ owner, id, purposes, canAttach, items = [], minPosition, defaultPurpose }) {
  const listPath = `/api/${owner}/${id}/attachments`;
  const { attachments } = await get(listPath, minPosition ? { minPosition } : {});
  const heading = h('h2', { id: 'attachments-heading' });
  const list = h('div', { 'data-testid': 'attachment-list' });
  const show = (files) => {
    heading.textContent = `Tệp đính kèm (${files.length})`;
    list.replaceChildren(attachmentList(files, { purposeLabels: purposes, personLabel: userName }));
  };
  show(attachments);
  const section = h('section', { class: 'card', 'aria-labelledby': 'attachments-heading', 'data-testid': 'attachments-card' }, heading, list);
  if (canAttach) section.append(attachForm({ owner, id, purposes, items, defaultPurpose, show }));
  return section;
}

function attachForm({ owner, id, purposes, items, defaultPurpose, show }) {
  const zone = uploadZone({ label: 'Kéo thả tệp vào đây hoặc chọn tệp (PDF, ảnh, văn bản Office, XML)' });
  const purpose = h('select', { name: 'purpose', 'data-testid': 'attach-purpose' }, Object.entries(purposes).map(([value, label]) => h('option', { value, selected: value === defaultPurpose }, label)));
  const item = items.length ? h('select', { name: 'itemCode', 'data-testid': 'attach-item' }, h('option', { value: '' }, '— Không gắn thành phần —'), items.map((name) => h('option', { value: name }, name))) : null;
  const status = h('p', { class: 'hint', role: 'status' });
  const attach = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'attach-submit' }, 'Đính kèm');
  attach.addEventListener('click', async () => {
    const files = zone.files();
    if (!files.length) return void (status.textContent = 'Hãy tải tệp lên trước khi đính kèm.');
    attach.disabled = true;
    try {
      for (const file of files) {
        const body = { sha256: file.sha256, name: file.name, purpose: purpose.value, ...(item && item.value ? { itemCode: item.value } : {}) };
        await post(`/api/${owner}/${id}/attachments`, body, { idempotencyKey: newIdempotencyKey() });
      }
      zone.reset();
      status.textContent = `Đã đính kèm ${files.length} tệp.`;
      // The list is a read model: api.js sends the position the attachments were written at, and it waits for them.
      show((await get(`/api/${owner}/${id}/attachments`)).attachments);
    } catch (error) {
      status.textContent = errorText(error);
    } finally {
      attach.disabled = false;
    }
  });
  return h(
    'div',
    { class: 'attachments-attach', 'data-testid': 'attach-form' },
    h('h3', {}, 'Đính kèm tệp mới'),
    zone.element,
    h('div', { class: 'form-actions' }, h('label', {}, 'Loại đính kèm ', purpose), item ? h('label', {}, 'Thành phần ', item) : null, attach),
    status,
  );
}
