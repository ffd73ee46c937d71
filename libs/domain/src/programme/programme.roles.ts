import { generalAffairsDepartmentId, hasRole, type Organisation } from '../organisation';
import type { Actor } from '../shared';

/*
 * Who is who for the work programme: Phòng Tổng hợp (General Affairs) drafts it (QC 8.1), the
 * office chief reviews it, the chairman approves it.
 */

const inGeneralAffairs = (actor: Actor, organisation: Organisation) => actor.departmentId !== null && actor.departmentId === generalAffairsDepartmentId(organisation);

/** Trưởng phòng Tổng hợp: accepts slips, drafts the programme, manages its items. */
export function isGeneralAffairsHead(actor: Actor, organisation: Organisation): boolean {
  return hasRole(actor, 'department_head') && inGeneralAffairs(actor, organisation);
}

/** The head or a specialist of General Affairs. */
export function isGeneralAffairsStaff(actor: Actor, organisation: Organisation): boolean {
  return hasRole(actor, 'department_head', 'specialist') && inGeneralAffairs(actor, organisation);
}
