import { COMMITTEE_LEADER_ROLES, hasRole, type Role, type User } from '../organisation';
import type { Actor } from '../shared';

/*
 * Who approves an absence (QC Art. 16, DOMAIN.md §12): ONE table, read top to bottom, first match.
 *
 * - a committee leader's absence (Chủ tịch, Phó Chủ tịch) is not approved by the Office: the Office
 *   records it for the leaders' schedule (the clerk or the office chief), `recorded`;
 * - the office chief's own absence is reported to the chairman and likewise recorded by the Office;
 * - a department head's and a deputy chief's absence is reported to the office chief, who approves;
 * - a member of staff's absence of up to one working day is approved by the head of their own
 *   department; a longer one, or one of staff in no department, by the office chief.
 *
 * The office chief may approve any request that reaches a department head (the one above).
 */

/** Trưởng phòng duyệt tối đa 1 ngày làm việc cho cán bộ phòng mình. */
export const HEAD_APPROVAL_LIMIT_DAYS = 1;

/** department_head: the requester's head; office_chief: the chief; recorded: the Office records it, no approval. */
export type ApprovalRoute = 'department_head' | 'office_chief' | 'recorded';

export const APPROVAL_ROUTE_LABELS: Readonly<Record<ApprovalRoute, string>> = {
  department_head: 'Trưởng phòng duyệt',
  office_chief: 'Chánh Văn phòng duyệt',
  recorded: 'Văn phòng ghi nhận',
};

type Requester = Pick<User, 'roles' | 'departmentId'>;

const APPROVAL_CHAIN: ReadonlyArray<{ when: (requester: Requester, workingDays: number) => boolean; route: ApprovalRoute; why: string }> = [
  { when: (r) => hasRole(r, ...COMMITTEE_LEADER_ROLES), route: 'recorded', why: 'Lãnh đạo UBND tỉnh: Văn phòng ghi nhận để bố trí lịch công tác' },
  { when: (r) => hasRole(r, 'office_chief'), route: 'recorded', why: 'Chánh Văn phòng báo cáo Chủ tịch UBND tỉnh; Văn phòng ghi nhận' },
  { when: (r) => hasRole(r, 'department_head', 'office_deputy_chief'), route: 'office_chief', why: 'Trưởng phòng, Phó Chánh Văn phòng báo cáo Chánh Văn phòng' },
  { when: (r, days) => r.departmentId !== null && days <= HEAD_APPROVAL_LIMIT_DAYS, route: 'department_head', why: 'Vắng không quá 1 ngày làm việc: Trưởng phòng duyệt' },
  { when: () => true, route: 'office_chief', why: 'Vắng quá 1 ngày làm việc: Chánh Văn phòng duyệt' },
];

/** The route of a request, and the regulation's words for it. */
export function approvalRouteOf(requester: Requester, workingDays: number): { route: ApprovalRoute; why: string } {
  const { route, why } = APPROVAL_CHAIN.find((row) => row.when(requester, workingDays))!;
  return { route, why };
}

/** Who records a committee leader's or the office chief's absence: the Office's clerks and its chief. */
export const RECORDER_ROLES: readonly Role[] = ['clerk', 'office_chief'];

/** Whether `actor` heads the department of the requester (a department head approves for their own staff only). */
export function headsDepartmentOf(actor: Actor, requester: Pick<User, 'departmentId'>): boolean {
  return hasRole(actor, 'department_head') && actor.departmentId !== null && actor.departmentId === requester.departmentId;
}
