import { isHeadOf } from '../document';
import { hasRole, type Organisation } from '../organisation';
import { ruleViolation, type Actor } from '../shared';

/*
 * Who keeps the office's records: the clerk (văn thư) and the head of the Administration–Organisation
 * department (Phòng Hành chính – Tổ chức), who draft the file plan; the department that owns a file.
 */

export const RECORDS_DEPARTMENT_CODE = 'HCTC';

/** Văn thư, or the head of Phòng Hành chính – Tổ chức (the office chief may do what a head may). */
export function isRecordsKeeper(actor: Actor, organisation: Organisation): boolean {
  const hctc = organisation.departments.find((d) => d.code === RECORDS_DEPARTMENT_CODE);
  return hasRole(actor, 'clerk') || (hctc !== undefined && isHeadOf(actor, hctc.id));
}

/** A specialist or the head of `departmentId`. */
export function isMemberOf(actor: Actor, departmentId: string): boolean {
  return hasRole(actor, 'specialist', 'department_head') && actor.departmentId === departmentId;
}

export function requireDepartment(value: unknown, organisation: Organisation, field: string): string {
  const department = organisation.departments.find((d) => d.id === value);
  if (!department) throw ruleViolation('UNKNOWN_DEPARTMENT', 'Đơn vị không có trong cơ cấu tổ chức', field);
  return department.id;
}

/** Người lập hồ sơ: a member of the file's department (or the clerk, who keeps the office-wide files). */
export function requireResponsible(value: unknown, departmentId: string, organisation: Organisation, field: string): string {
  const user = organisation.users.find((u) => u.id === value);
  if (!user) throw ruleViolation('UNKNOWN_USER', 'Người lập hồ sơ không có trong danh sách cán bộ', field);
  if (user.departmentId !== departmentId && !hasRole(user, 'clerk')) {
    throw ruleViolation('RESPONSIBLE_NOT_IN_DEPARTMENT', 'Người lập hồ sơ phải thuộc đơn vị của hồ sơ', field);
  }
  return user.id;
}
