import { attachedFile, type StoredFileInput } from '../document';
import { hasRole, type Organisation } from '../organisation';
import { forbidden, notFound, oneOf, optionalText, ruleViolation, wrongState, type Actor } from '../shared';
import { sameName } from './dossier.checklist';
import type { DossierFileAttached } from './dossier.events';
import type { UnnumberedDossierReceipt } from './dossier.numbers';
import { isOpened, type DossierState, type OpenedDossier } from './dossier.state';
import { canViewDossier, DOSSIER_STEPS, mayTakeDossierStep } from './dossier.turns';
import type { ReceivedItem } from './dossier.types';

/** Thành phần hồ sơ (a received item's scan), kết quả giải quyết, hồ sơ bổ sung, khác. */
export const DOSSIER_FILE_PURPOSES = ['item', 'result', 'supplement', 'other'] as const;
export type DossierFilePurpose = (typeof DOSSIER_FILE_PURPOSES)[number];

export const DOSSIER_FILE_PURPOSE_LABELS: Readonly<Record<DossierFilePurpose, string>> = {
  item: 'Thành phần hồ sơ',
  result: 'Kết quả giải quyết',
  supplement: 'Hồ sơ bổ sung',
  other: 'Tài liệu khác',
};

/** Đính kèm tệp vào hồ sơ. `itemCode` names the checklist item as it was received (items are known by name). */
export interface AttachDossierFile {
  dossierId: string;
  attachmentId: string;
  purpose: DossierFilePurpose;
  itemCode?: string | null;
  file: StoredFileInput;
  actor: Actor;
  now: string;
}

/** Once returned, stopped or withdrawn, the dossier is closed: its files are those it was closed with. */
const CLOSED: ReadonlyArray<OpenedDossier['status']> = ['returned', 'stopped', 'withdrawn'];

/** The desk (it scans what the applicant hands in), anyone on the dossier's path, and whoever may take a step on it now. */
function mayAttach(state: OpenedDossier, actor: Actor, organisation: Organisation): boolean {
  if (hasRole(actor, 'onestop_officer') || state.path.includes(actor.userId)) return true;
  return DOSSIER_STEPS.some((step) => mayTakeDossierStep(step, state, actor, organisation));
}

/** The received item `itemCode` names, matched as the checklist matches names; required for an item's scan. */
function itemOf(items: readonly ReceivedItem[], purpose: DossierFilePurpose, itemCode: string | null | undefined): string | null {
  const code = optionalText(itemCode);
  if (code === null) {
    if (purpose === 'item') throw ruleViolation('ITEM_REQUIRED', 'Tệp thành phần hồ sơ phải nêu thành phần (itemCode)', 'itemCode');
    return null;
  }
  const item = items.find((received) => sameName(received.name, code));
  if (!item) throw ruleViolation('ITEM_NOT_RECEIVED', `Hồ sơ không có thành phần "${code}"`, 'itemCode');
  return item.name;
}

/**
 * Attaches a stored file to a dossier: 404 for a dossier the actor may not see, 409 before the
 * desk received it or once it is closed, 403 for someone not on its path; the result's file needs
 * the signature first.
 */
export function decideDossierAttachment(command: AttachDossierFile, state: DossierState, organisation: Organisation): DossierFileAttached[] {
  if (!canViewDossier(state, command.actor, organisation)) throw notFound(`Không tìm thấy hồ sơ ${command.dossierId}`, 'id');
  if (!isOpened(state)) throw wrongState('Hồ sơ chưa được Bộ phận một cửa tiếp nhận: chưa đính kèm tệp được');
  if (CLOSED.includes(state.status)) throw wrongState('Hồ sơ đã kết thúc: không đính kèm thêm tệp');
  if (!mayAttach(state, command.actor, organisation)) {
    throw forbidden('NOT_ON_PATH', 'Chỉ Bộ phận một cửa và người đang hoặc đã xử lý hồ sơ mới được đính kèm tệp');
  }
  const purpose = oneOf(command.purpose, DOSSIER_FILE_PURPOSES, 'purpose', `Mục đích tệp phải là một trong: ${DOSSIER_FILE_PURPOSES.join(', ')}`);
  if (purpose === 'result' && state.signature === null) {
    throw ruleViolation('NOT_SIGNED', 'Chỉ đính kèm kết quả giải quyết khi lãnh đạo đã ký', 'purpose');
  }
  const itemCode = itemOf(state.items, purpose, command.itemCode);
  return [fileAttached(command.attachmentId, command.file, purpose, itemCode, { by: command.actor.userId, at: command.now })];
}

/** A paper's scan handed in at the desk with the reception: of an item as received (`itemCode`), else `other`. */
export interface ReceptionScan {
  attachmentId: string;
  itemCode: string | null;
  file: StoredFileInput;
}

/**
 * The scans handed in with the papers, attached in the reception's own append by the officer who
 * receives it: decided on the items the reception records, before the dossier takes its code (a
 * scan refused takes no number). The desk holds the dossier it has just received, so this is what
 * `decideDossierAttachment` writes on the dossier as received.
 */
export function decideReceptionScans(receipt: UnnumberedDossierReceipt, scans: readonly ReceptionScan[]): DossierFileAttached[] {
  const { items, by, at } = receipt.data;
  return scans.map(({ attachmentId, itemCode, file }) => {
    const purpose: DossierFilePurpose = itemCode ? 'item' : 'other';
    return fileAttached(attachmentId, file, purpose, itemOf(items, purpose, itemCode), { by, at });
  });
}

function fileAttached(attachmentId: string, input: StoredFileInput, purpose: DossierFilePurpose, itemCode: string | null, stamp: { by: string; at: string }): DossierFileAttached {
  const file = attachedFile(attachmentId, input);
  return { type: 'DossierFileAttached', data: { ...file, purpose, itemCode, ...stamp } };
}
