/** Role codes of DOMAIN.md §1. */
export const ROLES = [
  'clerk', // văn thư
  'specialist', // chuyên viên
  'department_head', // trưởng phòng
  'office_deputy_chief', // phó chánh văn phòng
  'office_chief', // chánh văn phòng
  'committee_vice_chairman', // phó chủ tịch UBND
  'committee_chairman', // chủ tịch UBND
  'onestop_officer', // cán bộ một cửa
  'iso_secretary', // thư ký ISO
  'auditor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Phòng: a department of the Office. */
export interface Department {
  id: string;
  code: string;
  name: string;
}

export interface User {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  departmentId: string | null;
  /** Where notices are e-mailed; absent or null: none by e-mail. */
  email?: string | null;
}

/** Lĩnh vực: a field of work, owned by one department, one office leader and one committee leader. */
export interface Field {
  code: string;
  name: string;
  departmentId: string;
  officeLeaderId: string;
  committeeLeaderId: string;
}

export interface Organisation {
  departments: Department[];
  users: User[];
  fields: Field[];
}

export const OFFICE_LEADER_ROLES: readonly Role[] = ['office_deputy_chief', 'office_chief'];
export const COMMITTEE_LEADER_ROLES: readonly Role[] = ['committee_vice_chairman', 'committee_chairman'];

export function hasRole(user: Pick<User, 'roles'>, ...roles: Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}
