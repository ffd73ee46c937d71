import { hasRole, type Organisation } from '../organisation';
import { allows, type Actor, forbidden, notFound, ruleViolation, wrongState } from '../shared';
import type { ProgrammeCommand } from './programme.commands';
import { isGeneralAffairsHead, isGeneralAffairsStaff } from './programme.roles';
import {
  PROGRAMME_ITEM_STATUS_LABELS, PROGRAMME_STATUS_LABELS, type OpenProgramme, type ProgrammeItem, type ProgrammeItemStatus, type ProgrammeState,
} from './programme.state';

/*
 * Whose turn it is on a work programme: ONE table of who may take which step, in which status of
 * the programme and of the item. The decider checks it first (WRONG_STATE, then FORBIDDEN, then
 * the rules on the state alone); `programmeActions` and `itemActions` derive the buttons from it.
 */

export type ProgrammeStep = ProgrammeCommand['type'];
type Status = ProgrammeState['status'];

export const PROGRAMME_STEP_LABELS: Readonly<Record<ProgrammeStep, string>> = {
  propose: 'gửi phiếu đề xuất',
  accept: 'nhận phiếu đề xuất vào dự thảo',
  'return-slip': 'trả lại phiếu đề xuất',
  'submit-draft': 'trình dự thảo chương trình',
  endorse: 'thẩm tra, trình Chủ tịch dự thảo chương trình',
  'return-draft': 'trả lại dự thảo chương trình',
  approve: 'phê duyệt chương trình công tác',
  papers: 'ghi nhận hồ sơ trình',
  withdraw: 'rút nội dung khỏi chương trình',
  reschedule: 'điều chỉnh thời gian trình',
  present: 'ghi nhận nội dung đã trình',
};

type Who = (programme: ProgrammeState, actor: Actor, organisation: Organisation) => void;

const only = (rule: string, whom: string, step: ProgrammeStep, may: (actor: Actor, organisation: Organisation) => boolean): Who => (_programme, actor, organisation) => {
  if (!may(actor, organisation)) throw forbidden(rule, `Chỉ ${whom} mới được ${PROGRAMME_STEP_LABELS[step]}`);
};

/** Staff of a department propose (a clerk records an agency's slip that came as a document). */
const PROPOSER: Who = (_programme, actor) => {
  if (!hasRole(actor, 'specialist', 'department_head', 'clerk')) throw forbidden('PROPOSE_BY_STAFF', 'Phiếu đề xuất do chuyên viên, trưởng phòng hoặc văn thư gửi');
};
const GA_HEAD = (step: ProgrammeStep) => only('NOT_GENERAL_AFFAIRS_HEAD', 'Trưởng phòng Tổng hợp', step, isGeneralAffairsHead);
const OFFICE_CHIEF = only('NOT_OFFICE_CHIEF', 'Chánh Văn phòng', 'endorse', (actor) => hasRole(actor, 'office_chief'));
const CHAIRMAN = only('NOT_CHAIRMAN', 'Chủ tịch UBND tỉnh', 'approve', (actor) => hasRole(actor, 'committee_chairman'));
/** The draft goes back from whoever holds it: the office chief in review, the chairman awaiting approval. */
const RETURNER: Who = (programme, actor, organisation) => (programme.status === 'awaiting_approval' ? CHAIRMAN : OFFICE_CHIEF)(programme, actor, organisation);
/** An agency's papers arrive as a document: the clerk who registers it, or General Affairs, records them. */
const PAPERS_RECORDER = only('NOT_PAPERS_RECORDER', 'văn thư hoặc Phòng Tổng hợp', 'papers', (actor, organisation) => hasRole(actor, 'clerk') || isGeneralAffairsStaff(actor, organisation));
const GA_STAFF = only('NOT_GENERAL_AFFAIRS_STAFF', 'Phòng Tổng hợp', 'present', isGeneralAffairsStaff);

interface Turn {
  statuses: readonly Status[];
  /** The item's statuses for a step on one item; absent for a step on the programme. */
  items?: readonly ProgrammeItemStatus[];
  /** WRONG_STATE's rule when the item is in another status. */
  itemRule?: string;
  who: Who;
  rule?: (programme: OpenProgramme) => void;
}

/** Nothing goes to the chief while a slip waits or the draft holds no item. */
function draftComplete(programme: OpenProgramme): void {
  if (programme.items.some((item) => item.status === 'proposed')) throw ruleViolation('SLIPS_PENDING', 'Còn phiếu đề xuất chưa xử lý: nhận vào dự thảo hoặc trả lại trước khi trình');
  if (!programme.items.some((item) => item.status === 'accepted')) throw ruleViolation('PROGRAMME_EMPTY', 'Dự thảo chương trình chưa có nội dung nào');
}

const DRAFTING = ['drafting'] as const;
const APPROVED = ['approved'] as const;

export const PROGRAMME_TURNS: Record<ProgrammeStep, Turn> = {
  propose: { statuses: ['none', 'drafting'], who: PROPOSER },
  accept: { statuses: DRAFTING, items: ['proposed'], itemRule: 'SLIP_NOT_PENDING', who: GA_HEAD('accept') },
  'return-slip': { statuses: DRAFTING, items: ['proposed'], itemRule: 'SLIP_NOT_PENDING', who: GA_HEAD('return-slip') },
  'submit-draft': { statuses: DRAFTING, who: GA_HEAD('submit-draft'), rule: draftComplete },
  endorse: { statuses: ['in_review'], who: OFFICE_CHIEF },
  'return-draft': { statuses: ['in_review', 'awaiting_approval'], who: RETURNER },
  approve: { statuses: ['awaiting_approval'], who: CHAIRMAN },
  papers: { statuses: APPROVED, items: ['accepted'], itemRule: 'ITEM_NOT_AWAITING_PAPERS', who: PAPERS_RECORDER },
  withdraw: { statuses: APPROVED, items: ['accepted', 'papers_submitted'], itemRule: 'ITEM_CLOSED', who: GA_HEAD('withdraw') },
  reschedule: { statuses: APPROVED, items: ['accepted'], itemRule: 'ITEM_NOT_AWAITING_PAPERS', who: GA_HEAD('reschedule') },
  present: { statuses: APPROVED, items: ['papers_submitted'], itemRule: 'PAPERS_NOT_SUBMITTED', who: GA_STAFF },
};

export const PROGRAMME_STEPS = Object.keys(PROGRAMME_TURNS) as ProgrammeStep[];
export const PROGRAMME_LEVEL_STEPS = PROGRAMME_STEPS.filter((step) => !PROGRAMME_TURNS[step].items);
export const ITEM_STEPS = PROGRAMME_STEPS.filter((step) => PROGRAMME_TURNS[step].items);

const BEFORE_SUBMISSION: readonly ProgrammeStep[] = ['propose', 'accept', 'return-slip', 'submit-draft'];

/** WRONG_STATE's rule for a step on a programme in the wrong status: what is missing, or what is past. */
function programmeStateRule(step: ProgrammeStep, status: Status): string {
  if (status === 'none') return 'NO_PROGRAMME';
  if (BEFORE_SUBMISSION.includes(step)) return 'PROGRAMME_NOT_DRAFTING';
  if (PROGRAMME_TURNS[step].items) return 'PROGRAMME_NOT_APPROVED';
  if (status === 'drafting') return 'PROGRAMME_NOT_DRAFTED';
  if (status === 'approved') return 'PROGRAMME_ALREADY_APPROVED';
  return step === 'approve' ? 'PROGRAMME_NOT_REVIEWED' : 'PROGRAMME_ALREADY_REVIEWED';
}

/** The item `itemId` of the programme, else 404. */
export function itemOf(programme: OpenProgramme, itemId: string): ProgrammeItem {
  const item = programme.items.find((candidate) => candidate.itemId === itemId);
  if (!item) throw notFound(`Không có nội dung ${itemId} trong chương trình ${programme.period}`, 'itemId');
  return item;
}

/**
 * The turn check of `step`: 409 outside its statuses (of the programme, then of the item), 403 for
 * the wrong person, 422 for a rule on the state. Answers the programme and, for an item step, the item.
 */
export function guardProgrammeStep(step: ProgrammeStep, state: ProgrammeState, actor: Actor, organisation: Organisation, itemId?: string): { item: ProgrammeItem | null } {
  const turn = PROGRAMME_TURNS[step];
  if (!turn.statuses.includes(state.status)) {
    throw wrongState(`Bước "${PROGRAMME_STEP_LABELS[step]}" không áp dụng cho chương trình ở trạng thái "${PROGRAMME_STATUS_LABELS[state.status]}"`, programmeStateRule(step, state.status));
  }
  let item: ProgrammeItem | null = null;
  if (turn.items && state.status !== 'none') {
    item = itemOf(state, itemId ?? '');
    if (!turn.items.includes(item.status)) {
      throw wrongState(`Bước "${PROGRAMME_STEP_LABELS[step]}" không áp dụng cho nội dung ở trạng thái "${PROGRAMME_ITEM_STATUS_LABELS[item.status]}"`, turn.itemRule);
    }
  }
  turn.who(state, actor, organisation);
  if (turn.rule && state.status !== 'none') turn.rule(state);
  return { item };
}

/** The programme-level steps `actor` may take now (the buttons of the page), by the decider's own checks. */
export function programmeActions(state: ProgrammeState, actor: Actor, organisation: Organisation): ProgrammeStep[] {
  return PROGRAMME_LEVEL_STEPS.filter((step) => allows(() => guardProgrammeStep(step, state, actor, organisation)));
}

/** The steps `actor` may take now on one item. */
export function itemActions(state: ProgrammeState, itemId: string, actor: Actor, organisation: Organisation): ProgrammeStep[] {
  return ITEM_STEPS.filter((step) => allows(() => guardProgrammeStep(step, state, actor, organisation, itemId)));
}
