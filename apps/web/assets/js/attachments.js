/*
 * Attachments (DOMAIN.md §11): upload with progress, the list of a record's files, inline preview.
 *
 * Usage, on a page or in a form:
 *
 *   import { uploadZone, attachmentList } from '../attachments.js';
 *   const zone = uploadZone({ onUploaded: (files) => … });   // files: [{sha256, name, mediaType, size}]
 *   form.append(zone.element);                               // zone.files() at submit; zone.reset() after
 *   card.append(attachmentList(doc.attachments, { purposeLabels: { scan: 'Bản quét' } }));
 *
 * Uploads go one file per request to `POST /api/files` (multipart, field `file`), so each file has its
 * own progress and its own refusal (too large, type not allowed, infected) without failing the others.
 * Files are fetched with the bearer token (api.js), never by a bare URL: a preview shows them from
 * memory (an image as a data: URL, a PDF in an <iframe> on a blob: URL), a download saves them.
 */
import { ApiError, download, request } from './api.js';
import { openDialog } from './dialog.js';
import { h } from './dom.js';
import { formatDateTime } from './format.js';
import { clearSession, currentSession } from './session.js';

/** What the server admits (it decides from the content; this only narrows the picker). */
export const ACCEPTED_EXTENSIONS = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.gif,.webp,.docx,.xlsx,.pptx,.odt,.ods,.doc,.xls,.xml';

const UPLOAD_ERRORS = {
  0: 'Không kết nối được tới máy chủ; hãy kiểm tra mạng và thử lại',
  401: 'Phiên đăng nhập đã hết hạn; hãy đăng nhập lại',
  413: 'Tệp vượt quá dung lượng cho phép',
  415: 'Loại tệp không được phép (chỉ nhận PDF, ảnh, tệp văn phòng và XML)',
  422: 'Tệp bị phát hiện có mã độc nên không được nhận',
  503: 'Máy chủ tạm thời không kiểm tra được tệp; hãy thử lại sau',
};

const sizes = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A size as Vietnamese users read it: 532 B, 14,6 KB, 1,2 MB (binary units, comma decimals). */
export function formatFileSize(bytes) {
  if (bytes === null || bytes === undefined || Number.isNaN(Number(bytes))) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = Number(bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${sizes.format(unit === 0 ? value : Math.round(value * 10) / 10)} ${units[unit]}`;
}

/**
 * Sends one file to `POST /api/files` with the session's token (as api.js does), telling `onProgress`
 * the share sent (0..1). Answers the stored descriptors `[{sha256, name, mediaType, size}]`, or throws
 * an ApiError with a Vietnamese message (413 FILE_TOO_LARGE, 415 FILE_TYPE_NOT_ALLOWED, 422 FILE_INFECTED…).
 * XMLHttpRequest, not fetch: only it reports upload progress.
 */
export function uploadFile(file, { onProgress = () => {}, signal } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new window.XMLHttpRequest();
    xhr.open('POST', '/api/files');
    const session = currentSession();
    if (session) xhr.setRequestHeader('authorization', `Bearer ${session.token}`);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', UPLOAD_ERRORS[0]));
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', 'Đã hủy tải lên'));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(Array.isArray(body?.files) ? body.files : []);
        return;
      }
      if (xhr.status === 401) {
        clearSession();
        window.dispatchEvent(new CustomEvent('session:expired', { detail: UPLOAD_ERRORS[401] }));
      }
      const message = typeof body?.message === 'string' && body.message ? body.message : UPLOAD_ERRORS[xhr.status] ?? `Lỗi ${xhr.status}`;
      reject(new ApiError(xhr.status, body?.code ?? `HTTP_${xhr.status}`, message, body?.details));
    };
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

function parseJson(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/**
 * A drop zone and a file picker. Each file dropped or chosen is uploaded (at once, or on "Tải lên"
 * when `autoUpload` is false), one after the other, each row showing its progress and then its size
 * or why it was refused. `files()` answers the descriptors uploaded and not removed since.
 */
export function uploadZone({ multiple = true, autoUpload = true, maxBytes, onUploaded = () => {}, label = 'Kéo thả tệp vào đây hoặc chọn tệp' } = {}) {
  const uploaded = new Map();
  const pending = [];
  let busy = false;
  // The native input says "Choose Files" in the browser's language: it stays hidden behind a Vietnamese button.
  const input = h('input', { type: 'file', hidden: true, accept: ACCEPTED_EXTENSIONS, multiple, 'aria-label': label, 'data-testid': 'attachments-input' });
  const pick = h('button', { type: 'button', class: 'button', onClick: () => input.click() }, 'Chọn tệp');
  const start = h('button', { type: 'button', class: 'button button-primary', hidden: true, onClick: () => uploadPending() }, 'Tải lên');
  const rows = h('ul', { class: 'attachments-queue', 'aria-live': 'polite', 'data-testid': 'attachments-queue' });
  const drop = h('div', { class: 'attachments-drop', 'data-testid': 'attachments-drop' }, h('p', { class: 'hint' }, label), h('div', { class: 'form-actions' }, pick, start), input);
  const element = h('div', { class: 'attachments-upload' }, drop, rows);

  const enqueue = (fileList) => {
    for (const file of [...fileList].slice(0, multiple ? undefined : 1)) {
      const row = queueRow(file);
      rows.append(row.element);
      if (maxBytes && file.size > maxBytes) row.fail(`${UPLOAD_ERRORS[413]} (tối đa ${formatFileSize(maxBytes)})`);
      else pending.push({ file, row });
    }
    start.hidden = autoUpload || pending.length === 0;
    if (autoUpload) uploadPending();
  };

  const uploadPending = async () => {
    if (busy) return;
    busy = true;
    start.hidden = true;
    const done = [];
    while (pending.length) {
      const { file, row } = pending.shift();
      try {
        const files = await uploadFile(file, { onProgress: row.progress });
        for (const descriptor of files) {
          uploaded.set(row.element, descriptor);
          row.succeed(descriptor, () => uploaded.delete(row.element));
          done.push(descriptor);
        }
      } catch (error) {
        row.fail(error.message);
      }
    }
    busy = false;
    if (done.length) onUploaded(done);
  };

  input.addEventListener('change', () => {
    enqueue(input.files);
    input.value = '';
  });
  for (const type of ['dragenter', 'dragover']) {
    drop.addEventListener(type, (event) => {
      event.preventDefault();
      drop.classList.add('is-dragover');
    });
  }
  drop.addEventListener('dragleave', (event) => !drop.contains(event.relatedTarget) && drop.classList.remove('is-dragover'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('is-dragover');
    if (event.dataTransfer?.files?.length) enqueue(event.dataTransfer.files);
  });

  return {
    element,
    files: () => [...uploaded.values()],
    reset: () => {
      uploaded.clear();
      pending.length = 0;
      rows.replaceChildren();
      start.hidden = true;
    },
  };
}

/** One file of the upload queue: name, a progress bar, then its size or the reason it was refused. */
function queueRow(file) {
  const bar = h('progress', { max: 100, value: 0, 'aria-label': `Tiến độ tải lên ${file.name}` });
  const status = h('span', { class: 'cell-sub' }, `${formatFileSize(file.size)} · đang chờ`);
  const element = h('li', { class: 'attachments-item', 'data-state': 'pending' }, h('span', { class: 'attachments-name' }, file.name), bar, status);
  return {
    element,
    progress: (share) => {
      bar.value = Math.round(share * 100);
      status.textContent = `${formatFileSize(file.size)} · ${bar.value} %`;
      element.dataset.state = 'uploading';
    },
    succeed: (descriptor, onRemove) => {
      bar.remove();
      element.dataset.state = 'done';
      status.textContent = `${formatFileSize(descriptor.size)} · đã tải lên`;
      const remove = h('button', { type: 'button', class: 'button button-quiet button-small' }, 'Bỏ');
      remove.addEventListener('click', () => {
        onRemove();
        element.remove();
      });
      element.append(remove);
    },
    fail: (message) => {
      bar.remove();
      element.dataset.state = 'error';
      status.className = 'field-error';
      status.textContent = message;
    },
  };
}

const PREVIEWABLE = /^(application\/pdf|image\/(png|jpeg|gif|webp))$/;

/**
 * The files attached to a record, `[{id, name, mediaType, size, sha256, purpose, attachedBy, attachedAt,
 * contentUrl}]`: a table with "Xem" (PDF and images, in a dialog) and "Tải về" for each. The hash is
 * shown short, whole on hover: what verification and the evidence pack name the file by.
 */
export function attachmentList(attachments, { purposeLabels = {}, personLabel = (who) => who, empty = 'Chưa có tệp đính kèm.' } = {}) {
  if (!attachments?.length) return h('p', { class: 'hint', 'data-testid': 'attachments-empty' }, empty);
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'data-table attachments-table', 'data-testid': 'attachments' },
      h('thead', {}, h('tr', {}, ['Tệp', 'Kích thước', 'Loại đính kèm', 'Người đính kèm', 'Thời điểm', ''].map((title) => h('th', { scope: 'col' }, title)))),
      h(
        'tbody',
        {},
        attachments.map((file) =>
          h(
            'tr',
            { 'data-sha256': file.sha256 },
            h('td', {}, file.name, h('div', { class: 'cell-sub', title: `SHA-256: ${file.sha256}` }, `SHA-256 ${String(file.sha256).slice(0, 12)}…`)),
            h('td', {}, formatFileSize(file.size)),
            h('td', {}, purposeLabels[file.purpose] ?? file.purpose ?? '—'),
            h('td', {}, personLabel(file.attachedBy) ?? '—'),
            h('td', {}, formatDateTime(file.attachedAt)),
            h('td', { class: 'action-buttons' }, PREVIEWABLE.test(file.mediaType) ? previewButton(file) : null, downloadLink(file)),
          ),
        ),
      ),
    ),
  );
}

function previewButton(file) {
  const button = h('button', { type: 'button', class: 'button button-small', 'aria-label': `Xem ${file.name}` }, 'Xem');
  button.addEventListener('click', () => openPreview(file).catch((error) => showError(button, error)));
  return button;
}

/** A link with the file's name for the browser's "save link as", saved through api.js with the token on click. */
function downloadLink(file) {
  const link = h('a', { href: file.contentUrl, class: 'button button-small', download: file.name, 'aria-label': `Tải về ${file.name}` }, 'Tải về');
  link.addEventListener('click', (event) => {
    event.preventDefault();
    download(file.contentUrl, undefined, file.name).catch((error) => showError(link, error));
  });
  return link;
}

function showError(near, error) {
  near.closest('td')?.querySelector('.field-error')?.remove();
  near.after(h('span', { class: 'field-error', role: 'alert' }, error.message));
}

/** Fetches the file with the token and shows it in a dialog: images as data: URLs, PDFs in a frame on a blob: URL. */
export async function openPreview(file) {
  const { blob } = await request(file.contentUrl, { as: 'blob' });
  const typed = blob.type === file.mediaType ? blob : new window.Blob([blob], { type: file.mediaType });
  if (file.mediaType === 'application/pdf') {
    const url = URL.createObjectURL(typed);
    const frame = h('iframe', { src: url, title: file.name, class: 'attachments-preview attachments-preview-pdf', 'data-testid': 'attachments-preview' });
    fitToScreen(frame, true);
    const { dialog } = openDialog(`Xem: ${file.name}`, h('div', { class: 'attachments-preview-box' }, frame, previewFooter(file)));
    dialog.addEventListener('close', () => URL.revokeObjectURL(url));
    return dialog;
  }
  const image = h('img', { src: await dataUrl(typed), alt: file.name, class: 'attachments-preview attachments-preview-image', 'data-testid': 'attachments-preview' });
  fitToScreen(image, false);
  return openDialog(`Xem: ${file.name}`, h('div', { class: 'attachments-preview-box' }, image, previewFooter(file))).dialog;
}

/**
 * Sized through the CSSOM, which the page's policy allows (style attributes in markup it does not):
 * a PDF gets most of the screen, an image at most that.
 */
function fitToScreen(element, fill) {
  element.style[fill ? 'width' : 'maxWidth'] = 'min(85vw, 60rem)';
  element.style[fill ? 'height' : 'maxHeight'] = '75vh';
  element.style.display = 'block';
}

/** Size and hash, "Tải về", and for a PDF "Mở trong thẻ mới": the browser's own viewer, full size. */
function previewFooter(file) {
  const newTab = h('button', { type: 'button', class: 'button button-small' }, 'Mở trong thẻ mới');
  newTab.addEventListener('click', () => download(file.contentUrl, undefined, file.name, { open: true }).catch((error) => showError(newTab, error)));
  return h(
    'p',
    { class: 'form-actions' },
    h('span', { class: 'cell-sub' }, `${formatFileSize(file.size)} · SHA-256 ${file.sha256}`),
    file.mediaType === 'application/pdf' ? newTab : null,
    downloadLink(file),
  );
}

/** The page's policy admits images from data: URLs (not blob: ones). */
function dataUrl(blob) {
  return new Promise((resolve, reject) => {
    const reader = new window.FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(new ApiError(0, 'READ', 'Không đọc được tệp để xem trước'));
    reader.readAsDataURL(blob);
  });
}
