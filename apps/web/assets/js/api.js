import { READ_MODEL_ROUTES } from './read-model-routes.js';
import { clearSession, currentSession, knownPosition, rememberPosition } from './session.js';

/** An answer of the API that is not 2xx: `{statusCode, code, message, details?}` of API.md. */
export class ApiError extends Error {
  constructor(status, code, message, details, retryAfter = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    /** Seconds to wait before asking again (`Retry-After` of a 429), or null. */
    this.retryAfter = retryAfter;
  }

  /** `details[]` of a 400, or the `{field}` of a 422, as a list of `{field, message}`. */
  get fieldProblems() {
    if (Array.isArray(this.details)) return this.details.filter((d) => d && typeof d.field === 'string');
    if (this.details && typeof this.details.field === 'string') return [{ field: this.details.field, message: this.message }];
    return [];
  }
}

const GENERIC = {
  0: 'Không kết nối được tới máy chủ; hãy kiểm tra mạng và thử lại',
  400: 'Dữ liệu gửi lên không hợp lệ',
  401: 'Phiên đăng nhập đã hết hạn; hãy đăng nhập lại',
  403: 'Bạn không có quyền thực hiện chức năng này',
  404: 'Không tìm thấy dữ liệu hoặc chức năng được yêu cầu',
  409: 'Văn bản vừa thay đổi trạng thái; hãy tải lại trang rồi thử lại',
  422: 'Yêu cầu vi phạm quy tắc nghiệp vụ',
  500: 'Lỗi hệ thống; hãy thử lại sau',
  503: 'Máy chủ tạm thời không phục vụ được; hãy thử lại sau',
};

/** The read-model routes (`/api/documents/{id}`) as patterns of the paths called: one path segment per `{…}`. */
const READ_MODELS = READ_MODEL_ROUTES.map((route) => new RegExp(`^${route.replace(/\{[^}]+\}/g, '[^/]+')}$`));

/** The later of two log positions (decimal strings; either may be missing). */
const later = (a, b) => (!a ? b : !b ? a : BigInt(a) >= BigInt(b) ? a : b);

function url(path, query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  // Never earlier than this tab's own writes, whatever position the caller asked for.
  const wanted = READ_MODELS.some((pattern) => pattern.test(path)) ? later(params.get('minPosition'), knownPosition()) : null;
  if (wanted) params.set('minPosition', wanted);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function errorOf(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    /* not JSON */
  }
  let message = typeof body?.message === 'string' && body.message ? body.message : GENERIC[response.status] ?? `Lỗi ${response.status}`;
  // Unknown routes answer the framework's English "Cannot GET …": say it in Vietnamese.
  if (response.status === 404 && /^Cannot [A-Z]+ /.test(message)) message = 'Chức năng này chưa có trên máy chủ';
  const retryAfter = Number(response.headers.get('retry-after')) || null;
  return new ApiError(response.status, body?.code ?? `HTTP_${response.status}`, message, body?.details, retryAfter);
}

/**
 * Calls the API with the session's bearer token. Answers parsed JSON, or `{blob, filename}`
 * with `as: 'blob'`. The body is sent as JSON, or as it is when it is a file (a Blob). A 401
 * ends the session (the router shows the login page).
 */
export async function request(path, { method = 'GET', query, body, as = 'json', headers = {} } = {}) {
  const session = currentSession();
  const sent = { ...headers };
  if (session) sent.authorization = `Bearer ${session.token}`;
  const file = body instanceof window.Blob;
  if (body !== undefined) sent['content-type'] = file ? body.type || 'application/octet-stream' : 'application/json';
  let response;
  try {
    response = await fetch(url(path, query), { method, headers: sent, body: body === undefined || file ? body : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'NETWORK', GENERIC[0]);
  }
  if (!response.ok) {
    const error = await errorOf(response);
    if (response.status === 401 && path !== '/api/auth/login') {
      clearSession();
      window.dispatchEvent(new CustomEvent('session:expired', { detail: error.message }));
    }
    throw error;
  }
  if (as === 'blob') return { blob: await response.blob(), filename: filenameOf(response) };
  const text = await response.text();
  const answer = text ? JSON.parse(text) : null;
  // Read-your-writes: every write answers the log position of what it wrote; the next reads wait for it.
  if (method !== 'GET' && typeof answer?.position === 'string') rememberPosition(answer.position);
  return answer;
}

/** The message of an error with the reasons the API gave for each field, for places without a form. */
export function errorText(error) {
  const reasons = error instanceof ApiError ? error.fieldProblems.map((p) => p.message).filter((m) => m !== error.message) : [];
  return reasons.length ? `${error.message}: ${reasons.join('; ')}` : error.message;
}

export const get = (path, query) => request(path, { query });
/** A fresh Idempotency-Key (getRandomValues: randomUUID needs a secure context, an office LAN over http is not one). */
export function newIdempotencyKey() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A write. `idempotencyKey`: one per opened form, so that submitting it again after a lost answer
 * (flaky network) replays the first answer instead of appending twice.
 */
export const post = (path, body, { idempotencyKey, query } = {}) => request(path, { method: 'POST', body, query, headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {} });

function filenameOf(response) {
  const disposition = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}

/**
 * Fetches a file the API answers (CSV, XLSX, ZIP, PDF) with the bearer token, then saves it,
 * or with `open` shows it in a new tab (a PDF to print). Answers the file's name.
 */
export async function download(path, query, fallbackName, { open = false } = {}) {
  const { blob, filename } = await request(path, { query, as: 'blob' });
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = href;
  if (open) anchor.target = '_blank';
  else anchor.download = filename ?? fallbackName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(href), open ? 60_000 : 10_000);
  return filename ?? fallbackName;
}
