import { attachedFile, type StoredFileInput } from '../document';
import { hasRole, type Organisation } from '../organisation';
import { forbidden, notFound, oneOf, optionalText, ruleViolation, wrongState, type Actor } from '../shared';
import { sameName } from './dossier.checklist';
import type { DossierFileAttached } from './dossier.events';
import { isOpened, type DossierState, type OpenedDossier } from './dossier.state';
import { canViewDossier, DOSSIER_STEPS, mayTakeDossierStep } from './dossier.turns';

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
function itemOf(state: OpenedDossier, purpose: DossierFilePurpose, itemCode: string | null | undefined): string | null {
  const code = optionalText(itemCode);
  if (code === null) {
    if (purpose === 'item') throw ruleViolation('ITEM_REQUIRED', 'Tệp thành phần hồ sơ phải nêu thành phần (itemCode)', 'itemCode');
    return null;
  }
  const item = state.items.find((received) => sameName(received.name, code));
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
  const itemCode = itemOf(state, purpose, command.itemCode);
  const file = attachedFile(command.attachmentId, command.file);
  return [{ type: 'DossierFileAttached', data: { ...file, purpose, itemCode, by: command.actor.userId, at: command.now } }];
}
