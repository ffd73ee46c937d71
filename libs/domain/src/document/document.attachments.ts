import { hasRole, type Organisation } from '../organisation';
import { forbidden, notFound, oneOf, positiveInteger, requireText, ruleViolation, wrongState, type Actor } from '../shared';
import { canView, mayTake } from './document.access';
import { COMMAND_NAMES } from './document.commands';
import type { DocumentFileAttached } from './document.events';
import type { DocumentState } from './document.state';
import { refuseRecalled } from './document.recall';

/*
 * Tệp đính kèm (DOMAIN.md §11). The bytes live in the content-addressed store; what the log keeps
 * is the event that attaches them, naming them by SHA-256 — so the hash chain covers the content.
 * The application stores the file first (an upload is only stored bytes), checks that its hash is
 * in the store, detects its type and size from the bytes, and then asks the decider.
 */

/** A file as an attaching event records it. `mediaType` and `size` come from the stored bytes, `name` from the person. */
export type AttachedFile = { attachmentId: string; name: string; mediaType: string; size: number; sha256: string };

/** What the application found in the store, with the name the person gave it. */
export type StoredFileInput = { sha256: string; name: string; mediaType: string; size: number };

/** Bản quét văn bản đến, dự thảo, bản đã ký, phụ lục, báo cáo. */
export const DOCUMENT_FILE_PURPOSES = ['scan', 'draft', 'signed', 'annex', 'report'] as const;
export type DocumentFilePurpose = (typeof DOCUMENT_FILE_PURPOSES)[number];

export const DOCUMENT_FILE_PURPOSE_LABELS: Readonly<Record<DocumentFilePurpose, string>> = {
  scan: 'Bản quét văn bản đến',
  draft: 'Dự thảo',
  signed: 'Bản đã ký',
  annex: 'Phụ lục',
  report: 'Báo cáo',
};

/** Long enough for any real name; file systems and Content-Disposition stop around here. */
export const MAX_FILE_NAME_LENGTH = 255;

/**
 * The attached file's facts, checked: a name a person can read (no folders: it is a label, never
 * a path), a well-formed SHA-256, a type and a positive size.
 */
export function attachedFile(attachmentId: string, file: StoredFileInput): AttachedFile {
  requireText(attachmentId, 'attachmentId', 'REQUIRED', 'Thiếu mã tệp đính kèm');
  const name = requireText(file.name, 'name', 'FILE_NAME_REQUIRED', 'Cần ghi tên tệp đính kèm');
  if (name.length > MAX_FILE_NAME_LENGTH) throw ruleViolation('FILE_NAME_TOO_LONG', `Tên tệp dài quá ${MAX_FILE_NAME_LENGTH} ký tự`, 'name');
  if (/[/\\]/.test(name) || name === '.' || name === '..') throw ruleViolation('FILE_NAME_INVALID', 'Tên tệp không được chứa dấu / hoặc \\', 'name');
  if (typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) {
    throw ruleViolation('INVALID_SHA256', 'sha256 phải gồm 64 chữ số hệ mười sáu viết thường', 'sha256');
  }
  const mediaType = requireText(file.mediaType, 'mediaType', 'REQUIRED', 'Thiếu kiểu tệp');
  const size = positiveInteger(file.size, 'size', 'EMPTY_FILE', 'Tệp rỗng không được đính kèm');
  return { attachmentId, name: name.normalize('NFC'), mediaType, size, sha256: file.sha256 };
}

/** Đính kèm tệp vào văn bản: `attachmentId` is made by the application. */
export interface AttachDocumentFile {
  documentId: string;
  attachmentId: string;
  purpose: DocumentFilePurpose;
  file: StoredFileInput;
  actor: Actor;
  now: string;
}

/**
 * Who may attach: the clerks (they register the scans and issue the signed originals), anyone on
 * the document's path (they have handled it), and whoever may take a step on it now (the office
 * leader about to distribute it reads and annotates the same files).
 */
function mayAttach(state: Exclude<DocumentState, { status: 'none' }>, actor: Actor, organisation: Organisation): boolean {
  if (hasRole(actor, 'clerk') || state.path.includes(actor.userId)) return true;
  return COMMAND_NAMES.some((step) => mayTake(step, state, actor, organisation));
}

/**
 * Attaches a stored file to a document. A document the actor may not see does not exist for them
 * (404); an archived one is closed (409); a file marked `signed` needs the signature first.
 */
export function decideDocumentAttachment(command: AttachDocumentFile, state: DocumentState, organisation: Organisation): DocumentFileAttached[] {
  if (state.status === 'none' || !canView(state, command.actor, organisation)) throw notFound(`Không tìm thấy văn bản ${command.documentId}`, 'id');
  refuseRecalled(state);
  if (state.status === 'archived') throw wrongState('Văn bản đã lưu hồ sơ: không đính kèm thêm tệp');
  if (!mayAttach(state, command.actor, organisation)) {
    throw forbidden('NOT_ON_PATH', 'Chỉ văn thư và người đang hoặc đã xử lý văn bản mới được đính kèm tệp');
  }
  const purpose = oneOf(command.purpose, DOCUMENT_FILE_PURPOSES, 'purpose', `Mục đích tệp phải là một trong: ${DOCUMENT_FILE_PURPOSES.join(', ')}`);
  if (purpose === 'signed' && state.signature === null) {
    throw ruleViolation('NOT_SIGNED', 'Chỉ đính kèm bản đã ký khi lãnh đạo đã ký văn bản', 'purpose');
  }
  const file = attachedFile(command.attachmentId, command.file);
  return [{ type: 'DocumentFileAttached', data: { ...file, purpose, by: command.actor.userId, at: command.now } }];
}
