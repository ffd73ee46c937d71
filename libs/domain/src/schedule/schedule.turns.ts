import { generalAffairsDepartmentId, hasRole, type Organisation } from '../organisation';
import { allows, type Actor, forbidden, wrongState } from '../shared';
import type { ScheduleCommand } from './schedule.commands';
import { SCHEDULE_WEEK_STATUS_LABELS, type ScheduleWeekState } from './schedule.state';

/*
 * Whose turn it is on a week's schedule: ONE table of who may take which step in which state. The
 * decider checks it first (WRONG_STATE, then FORBIDDEN) and `scheduleActions` derives the buttons
 * from it. Rules on the entry and the command's fields come after, in the decider.
 */

export type ScheduleStep = ScheduleCommand['type'];
type Status = ScheduleWeekState['status'];

export const SCHEDULE_STEP_LABELS: Readonly<Record<ScheduleStep, string>> = {
  draft: 'ghi lịch công tác',
  revise: 'điều chỉnh lịch công tác',
  cancel: 'hủy lịch công tác',
  publish: 'ban hành lịch công tác tuần',
};

const isOfficeLeader = (actor: Actor) => hasRole(actor, 'office_chief', 'office_deputy_chief');

/** Văn thư, the General Affairs department's head and specialists, and the office's leaders draft and change entries. */
export function keepsSchedule(actor: Actor, organisation: Organisation): boolean {
  const generalAffairs = generalAffairsDepartmentId(organisation);
  const ofGeneralAffairs = hasRole(actor, 'specialist', 'department_head') && generalAffairs !== null && actor.departmentId === generalAffairs;
  return hasRole(actor, 'clerk') || ofGeneralAffairs || isOfficeLeader(actor);
}

type Who = (actor: Actor, organisation: Organisation, step: ScheduleStep) => void;

const KEEPER: Who = (actor, organisation, step) => {
  if (!keepsSchedule(actor, organisation)) throw forbidden('NOT_SCHEDULE_KEEPER', `Chỉ văn thư, Phòng Tổng hợp hoặc lãnh đạo Văn phòng mới được ${SCHEDULE_STEP_LABELS[step]}`);
};
const PUBLISHER: Who = (actor) => {
  if (!isOfficeLeader(actor)) throw forbidden('PUBLISH_BY_OFFICE_LEADER', 'Chỉ Chánh Văn phòng hoặc Phó Chánh Văn phòng mới được ban hành lịch công tác tuần');
};

interface Turn {
  statuses: readonly Status[];
  who: Who;
  /** The rule code of the wrong-state refusal, when the step has a more specific one. */
  wrongStateRule?: string;
}

export const SCHEDULE_TURNS: Readonly<Record<ScheduleStep, Turn>> = {
  draft: { statuses: ['none', 'draft', 'published'], who: KEEPER },
  revise: { statuses: ['draft', 'published'], who: KEEPER },
  cancel: { statuses: ['draft', 'published'], who: KEEPER },
  publish: { statuses: ['draft'], who: PUBLISHER, wrongStateRule: 'WEEK_ALREADY_PUBLISHED' },
};

export const SCHEDULE_STEPS = Object.keys(SCHEDULE_TURNS) as ScheduleStep[];

/** The turn check of `step`: 409 outside its statuses (a week with no entry has nothing to publish), 403 for the wrong person. */
export function guardScheduleStep(step: ScheduleStep, state: ScheduleWeekState, actor: Actor, organisation: Organisation): void {
  const turn = SCHEDULE_TURNS[step];
  if (!turn.statuses.includes(state.status)) {
    const rule = state.status === 'none' ? 'WEEK_HAS_NO_ENTRY' : turn.wrongStateRule;
    throw wrongState(`Bước "${SCHEDULE_STEP_LABELS[step]}" không áp dụng cho lịch tuần ở trạng thái "${SCHEDULE_WEEK_STATUS_LABELS[state.status]}"`, rule);
  }
  turn.who(actor, organisation, step);
}

/** The week's steps `actor` may take now (the page's buttons): `revise`/`cancel` apply to the entries still planned. */
export function scheduleActions(state: ScheduleWeekState, actor: Actor, organisation: Organisation): ScheduleStep[] {
  return SCHEDULE_STEPS.filter((step) => allows(() => guardScheduleStep(step, state, actor, organisation)));
}
