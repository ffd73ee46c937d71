import type { Organisation } from './organisation';

/**
 * Phòng Tổng hợp (General Affairs), by its code among the Office's departments (the demo
 * organisation's `TH`): it drafts the work programme and keeps the leaders' weekly schedule (QC Art. 8).
 */
export const GENERAL_AFFAIRS_CODE = 'TH';

export function generalAffairsDepartmentId(organisation: Organisation): string | null {
  return organisation.departments.find((department) => department.code === GENERAL_AFFAIRS_CODE)?.id ?? null;
}
