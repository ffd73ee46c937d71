import { hasRole, type Organisation } from '../organisation';
import { allows, forbidden, wrongState, type Actor } from '../shared';
import type { CaseFileCommand } from './case-file.commands';
import { CASE_FILE_STATUS_LABELS, type CaseFileState, type CaseFileStateOf, type KnownCaseFile } from './case-file.state';
import { isMemberOf, isRecordsKeeper } from './records.people';

/*
 * Whose turn it is on a case file: ONE table of who may take which step in which state. The
 * decider checks it first (WRONG_STATE with the step's rule, then FORBIDDEN) and `caseFileActions`
 * derives the buttons from it.
 */

export type CaseFileStep = CaseFileCommand['type'];
type Status = CaseFileState['status'];

export const CASE_FILE_STEP_LABELS: Readonly<Record<CaseFileStep, string>> = {
  open: 'mở hồ sơ',
  file: 'đưa văn bản vào hồ sơ',
  close: 'kết thúc hồ sơ',
  defer: 'cho phép giữ lại hồ sơ',
  deposit: 'nộp lưu hồ sơ',
};

type Who = { may: (file: KnownCaseFile | null, actor: Actor, organisation: Organisation) => boolean; rule: string; whom: string };

/** The file's own department, or the clerk / HCTC head who keep the office's records. */
const FILE_KEEPER: Who = {
  may: (file, actor, organisation) => file !== null && (isRecordsKeeper(actor, organisation) || isMemberOf(actor, file.departmentId)),
  rule: 'NOT_OF_FILE_DEPARTMENT',
  whom: 'đơn vị lập hồ sơ hoặc văn thư',
};

interface Turn<S extends Status> {
  statuses: readonly S[];
  who: Who;
  /** The rule a file in another state breaks, when it has a name of its own (CASE_FILE_CLOSED). */
  outOfState?: string;
}

export const CASE_FILE_TURNS = {
  open: { statuses: ['none'], who: { may: (_f, actor) => hasRole(actor, 'clerk', 'specialist', 'department_head'), rule: 'NOT_RECORDS_STAFF', whom: 'văn thư, chuyên viên hoặc trưởng phòng' } },
  file: { statuses: ['open'], who: FILE_KEEPER, outOfState: 'CASE_FILE_CLOSED' },
  close: { statuses: ['open'], who: FILE_KEEPER, outOfState: 'CASE_FILE_CLOSED' },
  defer: { statuses: ['closed'], who: { may: (_f, actor) => hasRole(actor, 'office_chief'), rule: 'DEFER_BY_OFFICE_CHIEF', whom: 'Chánh Văn phòng' }, outOfState: 'DEPOSIT_REQUIRES_CLOSED_FILE' },
  deposit: { statuses: ['closed'], who: { may: (_f, actor) => hasRole(actor, 'clerk'), rule: 'DEPOSIT_BY_CLERK', whom: 'văn thư' }, outOfState: 'DEPOSIT_REQUIRES_CLOSED_FILE' },
} as const satisfies Record<CaseFileStep, Turn<Status>>;

type StatusesOf<K extends CaseFileStep> = (typeof CASE_FILE_TURNS)[K]['statuses'][number];

export const CASE_FILE_STEPS = Object.keys(CASE_FILE_TURNS) as CaseFileStep[];

/** The turn check of `step`: 409 outside its statuses (with its rule), 403 for the wrong person. */
export function guardCaseFileStep<K extends CaseFileStep>(step: K, state: CaseFileState, actor: Actor, organisation: Organisation): CaseFileStateOf<StatusesOf<K>> {
  const turn: Turn<Status> = CASE_FILE_TURNS[step];
  if (!turn.statuses.includes(state.status)) {
    throw wrongState(`Bước "${CASE_FILE_STEP_LABELS[step]}" không áp dụng cho hồ sơ ở trạng thái "${CASE_FILE_STATUS_LABELS[state.status]}"`, state.status === 'none' ? undefined : turn.outOfState);
  }
  if (!turn.who.may(state.status === 'none' ? null : state, actor, organisation)) throw forbidden(turn.who.rule, `Chỉ ${turn.who.whom} mới được ${CASE_FILE_STEP_LABELS[step]}`);
  // The only cast of the module: the status was just found among the step's statuses.
  return state as CaseFileStateOf<StatusesOf<K>>;
}

/** The steps `actor` may take now on an existing file: the buttons the UI shows. */
export function caseFileActions(state: CaseFileState, actor: Actor, organisation: Organisation): CaseFileStep[] {
  return CASE_FILE_STEPS.filter((step) => step !== 'open' && allows(() => guardCaseFileStep(step, state, actor, organisation)));
}
