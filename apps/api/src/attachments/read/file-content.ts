import type { BlobStore } from '@office/storage';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { allowSameOriginFraming } from '../../http/security-headers';
import { PREVIEWABLE_TYPES } from '../upload/file-types';

/** What a download needs of the attaching event. */
export interface FileToServe {
  sha256: string;
  name: string;
  mediaType: string;
  size: number;
}

/**
 * `Content-Disposition` for any name: an ASCII fallback (Vietnamese letters without their marks) and
 * the exact UTF-8 name as RFC 5987 `filename*`, which every current browser prefers.
 */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range within the file; null for none or several; 'unsatisfiable' past its end. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | 'unsatisfiable' {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    return suffix === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  return start >= size || end < start ? 'unsatisfiable' : { start, end };
}

/**
 * Streams a stored file: its recorded type and length, a download name in Vietnamese, one byte range
 * when asked (a PDF viewer fetching pages), inline for previews of types a browser shows without
 * running anything. Bytes missing from the store are a server fault (503), never an empty file.
 */
export async function sendFile(store: BlobStore, file: FileToServe, request: FastifyRequest, reply: FastifyReply, inline: boolean): Promise<void> {
  const range = byteRange(request.headers.range, file.size);
  if (range === 'unsatisfiable') {
    void reply.status(416).header('content-range', `bytes */${file.size}`).send({ statusCode: 416, code: 'RANGE_NOT_SATISFIABLE', message: `Tệp dài ${file.size} byte` });
    return;
  }
  const content = await store.get(file.sha256, range ?? undefined);
  if (!content) {
    const message = `Tệp "${file.name}" không còn trong kho tệp; hãy báo quản trị (kiểm tra toàn vẹn: GET /api/audit/verify)`;
    void reply.status(503).send({ statusCode: 503, code: 'FILE_MISSING', message, details: { sha256: file.sha256 } });
    return;
  }
  const shownInline = inline && PREVIEWABLE_TYPES.has(file.mediaType);
  if (shownInline) allowSameOriginFraming(reply);
  reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(shownInline ? 'inline' : 'attachment', file.name))
    .header('accept-ranges', 'bytes')
    // The bytes under this URL never change, but they may be confidential: no shared cache keeps them.
    .header('cache-control', 'private, no-store')
    .header('x-content-sha256', file.sha256);
  if (range) {
    reply.status(206).header('content-range', `bytes ${range.start}-${range.end}/${file.size}`).header('content-length', String(range.end - range.start + 1));
  } else {
    reply.status(200).header('content-length', String(file.size));
  }
  await reply.send(content);
}
