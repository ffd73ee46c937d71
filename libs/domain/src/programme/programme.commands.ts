import type { LocalDate } from '../calendar';
import type { Actor } from '../shared';
import type { PaperKind } from './programme.types';

/**
 * Commands on stream `programme-<period>`; `type` is the step's name in the HTTP path
 * (`POST /api/programme/:period/<type>`, `…/items/:itemId/<type>`; `propose` is
 * `POST /api/programme/:period/items`). Optional request fields may be omitted or null.
 */
interface CommandBase {
  period: string;
  actor: Actor;
  now: string;
}
interface ItemCommandBase extends CommandBase {
  itemId: string;
}

/**
 * Phiếu đề xuất: a department of the Office (`departmentId`) or an agency (`agency`, by name)
 * proposes an item to General Affairs: its title, the committee leader in charge, the month or
 * week it is due and the kind of paper.
 */
export interface ProposeProgrammeItem extends ItemCommandBase {
  type: 'propose';
  title: string;
  departmentId?: string | null;
  agency?: string | null;
  leaderId: string;
  due: string;
  paperKind: PaperKind;
  note?: string | null;
}
export interface AcceptProgrammeSlip extends ItemCommandBase { type: 'accept' }
export interface ReturnProgrammeSlip extends ItemCommandBase { type: 'return-slip'; reason: string }
export interface SubmitProgrammeDraft extends CommandBase { type: 'submit-draft'; note?: string | null }
export interface EndorseProgrammeDraft extends CommandBase { type: 'endorse'; note?: string | null }
export interface ReturnProgrammeDraft extends CommandBase { type: 'return-draft'; reason: string }
export interface ApproveProgramme extends CommandBase { type: 'approve'; note?: string | null }
/** Hồ sơ trình: the agency's papers reached the Office on `submittedOn`, under their số, ký hiệu. */
export interface SubmitItemPapers extends ItemCommandBase { type: 'papers'; submittedOn: LocalDate; symbol: string; documentId?: string | null }
export interface WithdrawProgrammeItem extends ItemCommandBase { type: 'withdraw'; reason: string; requestSymbol?: string | null }
/** Điều chỉnh thời gian trình: only on the agency's written request (QC 9.1), its số, ký hiệu and date. */
export interface RescheduleProgrammeItem extends ItemCommandBase {
  type: 'reschedule';
  due: string;
  reason: string;
  requestSymbol?: string | null;
  requestDate?: LocalDate | null;
}
/** Đã trình: the item was presented at a session of the Committee (or a meeting of its leaders). */
export interface PresentProgrammeItem extends ItemCommandBase { type: 'present'; presentedOn: LocalDate; session: string }

export type ProgrammeCommand =
  | ProposeProgrammeItem | AcceptProgrammeSlip | ReturnProgrammeSlip | SubmitProgrammeDraft | EndorseProgrammeDraft | ReturnProgrammeDraft
  | ApproveProgramme | SubmitItemPapers | WithdrawProgrammeItem | RescheduleProgrammeItem | PresentProgrammeItem;
