import type { LocalDate } from '../calendar';
import { fieldOf, isHeadOf } from '../document';
import { hasRole, type Organisation } from '../organisation';
import { allows, type Actor, forbidden, ruleViolation, wrongState } from '../shared';
import type { DirectiveCommand } from './directive.commands';
import { DIRECTIVE_STATUS_LABELS, type DirectiveState, type DirectiveStateOf, type RegisteredDirective } from './directive.state';

/*
 * Whose turn it is on a task: ONE table of who may take which step in which state. The decider
 * checks it first (WRONG_STATE, then FORBIDDEN, then the rules on the state alone) and
 * `directiveActions` derives the buttons from it. Rules on the command's own fields come after,
 * in the decider.
 */

export type DirectiveStep = DirectiveCommand['type'];
type Status = DirectiveState['status'];

export const DIRECTIVE_STEP_LABELS: Readonly<Record<DirectiveStep, string>> = {
  register: 'giao nhiệm vụ',
  chase: 'đôn đốc thực hiện nhiệm vụ',
  report: 'ghi nhận báo cáo của cơ quan chủ trì',
  accept: 'đánh giá hoàn thành nhiệm vụ',
  reject: 'không công nhận hoàn thành nhiệm vụ',
  extend: 'gia hạn nhiệm vụ',
  escalate: 'báo cáo vướng mắc, đề xuất',
  cancel: 'hủy nhiệm vụ',
  supersede: 'thay thế nhiệm vụ',
};

type Who = (task: DirectiveState, actor: Actor, organisation: Organisation, step: DirectiveStep) => void;

function only(rule: string, whom: string, may: (task: RegisteredDirective, actor: Actor, organisation: Organisation) => boolean): Who {
  return (task, actor, organisation, step) => {
    if (task.status !== 'none' && !may(task, actor, organisation)) throw forbidden(rule, `Chỉ ${whom} mới được ${DIRECTIVE_STEP_LABELS[step]}`);
  };
}

const isFollowUp = (task: RegisteredDirective, actor: Actor) => actor.userId === task.followUpSpecialistId;
/** The leader who directed the task, or the chairman (competent for every field). */
const isDirectingLeader = (task: RegisteredDirective, actor: Actor) => actor.userId === task.directingLeaderId || hasRole(actor, 'committee_chairman');

/** Specialists register tasks; clerks too, for a leader's instruction written on an incoming document and for an issued notice. */
const REGISTRAR: Who = (_task, actor) => {
  if (!hasRole(actor, 'specialist', 'clerk')) throw forbidden('REGISTER_BY_SPECIALIST_OR_CLERK', 'Chỉ chuyên viên hoặc văn thư mới được giao nhiệm vụ vào sổ theo dõi');
};
const FOLLOW_UP = only('NOT_FOLLOW_UP_SPECIALIST', 'chuyên viên theo dõi nhiệm vụ', isFollowUp);
/** An agency's report arrives as an incoming document: the clerk who registers it may record it too. */
const FOLLOW_UP_OR_CLERK = only('NOT_FOLLOW_UP_SPECIALIST', 'chuyên viên theo dõi nhiệm vụ hoặc văn thư', (task, actor) => isFollowUp(task, actor) || hasRole(actor, 'clerk'));
/** The follow-up specialist, the head of the field's department, or the directing leader assess a completion. */
const ASSESSOR = only(
  'NOT_ASSESSOR',
  'chuyên viên theo dõi, trưởng phòng phụ trách lĩnh vực hoặc lãnh đạo chỉ đạo',
  (task, actor, organisation) => isFollowUp(task, actor) || isHeadOf(actor, fieldOf(task, organisation).departmentId) || isDirectingLeader(task, actor),
);
const EXTENDER = only('EXTEND_ONLY_BY_DIRECTING_LEADER', 'lãnh đạo đã chỉ đạo nhiệm vụ (hoặc Chủ tịch UBND tỉnh)', isDirectingLeader);
const CLOSER = only('CLOSE_ONLY_BY_DIRECTING_LEADER', 'lãnh đạo đã chỉ đạo nhiệm vụ (hoặc Chủ tịch UBND tỉnh)', isDirectingLeader);

/** The due date an extension moves; a task with periodic reporting has none (NO_DUE_DATE). */
export function dueDateToExtend(task: RegisteredDirective): LocalDate {
  if (task.dueDate === null) throw ruleViolation('NO_DUE_DATE', 'Nhiệm vụ báo cáo định kỳ không có thời hạn để gia hạn');
  return task.dueDate;
}

interface Turn<S extends Status> {
  statuses: readonly S[];
  who: Who;
  rule?: (task: RegisteredDirective) => void;
}
const turn = <S extends Status>(statuses: readonly S[], who: Who, rule?: Turn<S>['rule']): Turn<S> => ({ statuses, who, rule });

const WORKING = ['assigned', 'in_progress'] as const;
const OPEN = [...WORKING, 'reported_done'] as const;

export const DIRECTIVE_TURNS = {
  register: turn(['none'], REGISTRAR),
  chase: turn(WORKING, FOLLOW_UP),
  report: turn(WORKING, FOLLOW_UP_OR_CLERK),
  accept: turn(['reported_done'], ASSESSOR),
  reject: turn(['reported_done'], ASSESSOR),
  extend: turn(WORKING, EXTENDER, (task) => void dueDateToExtend(task)),
  escalate: turn(WORKING, FOLLOW_UP),
  cancel: turn(OPEN, CLOSER),
  supersede: turn(OPEN, CLOSER),
} as const satisfies Record<DirectiveStep, Turn<Status>>;

type StatusesOf<K extends DirectiveStep> = (typeof DIRECTIVE_TURNS)[K]['statuses'][number];

export const DIRECTIVE_STEPS = Object.keys(DIRECTIVE_TURNS) as DirectiveStep[];

/** The turn check of `step`: 409 outside its statuses, 403 for the wrong person, 422 for a rule on the state. */
export function guardDirectiveStep<K extends DirectiveStep>(step: K, state: DirectiveState, actor: Actor, organisation: Organisation): DirectiveStateOf<StatusesOf<K>> {
  const entry: Turn<Status> = DIRECTIVE_TURNS[step];
  if (!entry.statuses.includes(state.status)) {
    throw wrongState(`Bước "${DIRECTIVE_STEP_LABELS[step]}" không áp dụng cho nhiệm vụ ở trạng thái "${DIRECTIVE_STATUS_LABELS[state.status]}"`);
  }
  entry.who(state, actor, organisation, step);
  if (entry.rule && state.status !== 'none') entry.rule(state);
  // The only cast of the module: the status was just found among the step's statuses.
  return state as DirectiveStateOf<StatusesOf<K>>;
}

/** The steps `actor` may take now, by the very checks the decider runs first: the buttons the UI shows. */
export function directiveActions(state: DirectiveState, actor: Actor, organisation: Organisation): DirectiveStep[] {
  return DIRECTIVE_STEPS.filter((step) => allows(() => guardDirectiveStep(step, state, actor, organisation)));
}
