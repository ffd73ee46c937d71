import { hasRole, type Organisation } from '../organisation';
import { allows, forbidden, wrongState, type Actor } from '../shared';
import type { FilePlanCommand } from './file-plan.commands';
import { FILE_PLAN_STATUS_LABELS, type FilePlanState } from './file-plan.state';
import { isRecordsKeeper } from './records.people';

/* Who may take which step of the file plan in which state: the decider's 409/403 and the web's buttons. */

export type FilePlanStep = FilePlanCommand['type'];

export const FILE_PLAN_STEP_LABELS: Readonly<Record<FilePlanStep, string>> = {
  draft: 'lập Danh mục hồ sơ',
  'add-entry': 'bổ sung hồ sơ vào Danh mục',
  approve: 'phê duyệt Danh mục hồ sơ',
};

type Turn = { statuses: readonly FilePlanState['status'][]; may: (actor: Actor, organisation: Organisation) => boolean; rule: string; whom: string };

const KEEPER = { may: isRecordsKeeper, rule: 'NOT_RECORDS_KEEPER', whom: 'văn thư hoặc Trưởng phòng Hành chính – Tổ chức' };

export const FILE_PLAN_TURNS: Record<FilePlanStep, Turn> = {
  draft: { statuses: ['none'], ...KEEPER },
  'add-entry': { statuses: ['drafted', 'approved'], ...KEEPER },
  approve: { statuses: ['drafted'], may: (actor) => hasRole(actor, 'office_chief'), rule: 'APPROVE_BY_OFFICE_CHIEF', whom: 'Chánh Văn phòng' },
};

export function guardFilePlanStep(step: FilePlanStep, state: FilePlanState, actor: Actor, organisation: Organisation): void {
  const turn = FILE_PLAN_TURNS[step];
  if (!turn.statuses.includes(state.status)) {
    throw wrongState(`Bước "${FILE_PLAN_STEP_LABELS[step]}" không áp dụng cho Danh mục hồ sơ ở trạng thái "${FILE_PLAN_STATUS_LABELS[state.status]}"`);
  }
  if (!turn.may(actor, organisation)) throw forbidden(turn.rule, `Chỉ ${turn.whom} mới được ${FILE_PLAN_STEP_LABELS[step]}`);
}

export function filePlanActions(state: FilePlanState, actor: Actor, organisation: Organisation): FilePlanStep[] {
  return (Object.keys(FILE_PLAN_TURNS) as FilePlanStep[]).filter((step) => allows(() => guardFilePlanStep(step, state, actor, organisation)));
}
