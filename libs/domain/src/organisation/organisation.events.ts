import type { Role } from './organisation';

/*
 * The organisation's history (stream `organisation`): who joined, who left, who holds which roles,
 * which departments exist, and who was in charge of each field from when. Every change names its
 * reason; who made it and when it was recorded are in the metadata. A password never appears here:
 * the events name the credential (a random id) whose hash the credential vault keeps.
 */

/** Phòng được thành lập (hoặc đưa vào hệ thống). */
export interface DepartmentCreated {
  type: 'DepartmentCreated';
  data: { departmentId: string; code: string; name: string; effectiveFrom: string; reason: string };
}

/** Phòng đổi tên. */
export interface DepartmentRenamed {
  type: 'DepartmentRenamed';
  data: { departmentId: string; name: string; reason: string };
}

/** Người dùng mới, with a first credential that must be changed at the first login unless seeded. */
export interface UserCreated {
  type: 'UserCreated';
  data: {
    userId: string; username: string; fullName: string; roles: Role[]; departmentId: string | null; email: string | null;
    credentialId: string; mustChangePassword: boolean; effectiveFrom: string; reason: string;
  };
}

/** Đổi thông tin, vai trò hoặc phòng của người dùng (the whole new profile, not a diff). */
export interface UserChanged {
  type: 'UserChanged';
  data: { userId: string; fullName: string; roles: Role[]; departmentId: string | null; email: string | null; reason: string };
}

/** Khóa tài khoản: never deleted, since events and documents name the person for ever. */
export interface UserDeactivated {
  type: 'UserDeactivated';
  data: { userId: string; reason: string };
}

export interface UserReactivated {
  type: 'UserReactivated';
  data: { userId: string; reason: string };
}

/** Đặt lại mật khẩu by an administrator: the person must choose a new one at the next login. */
export interface UserPasswordReset {
  type: 'UserPasswordReset';
  data: { userId: string; credentialId: string; reason: string };
}

/** The person changed their own password. */
export interface UserPasswordChanged {
  type: 'UserPasswordChanged';
  data: { userId: string; credentialId: string; reason: string };
}

/** Who is in charge of a field: the department, the office leader and the committee leader. */
export interface FieldCharge {
  departmentId: string;
  officeLeaderId: string;
  committeeLeaderId: string;
}

/** Lĩnh vực mới, in force from `effectiveFrom`. */
export interface FieldCreated {
  type: 'FieldCreated';
  data: FieldCharge & { code: string; name: string; effectiveFrom: string; reason: string };
}

/** Phân công lại lĩnh vực (e.g. a vice-chairman takes it over), in force from `effectiveFrom`. */
export interface FieldAssigned {
  type: 'FieldAssigned';
  data: FieldCharge & { code: string; effectiveFrom: string; reason: string };
}

export type OrganisationEvent =
  | DepartmentCreated | DepartmentRenamed
  | UserCreated | UserChanged | UserDeactivated | UserReactivated | UserPasswordReset | UserPasswordChanged
  | FieldCreated | FieldAssigned;

export const ORGANISATION_EVENT_TYPES: ReadonlyArray<OrganisationEvent['type']> = [
  'DepartmentCreated', 'DepartmentRenamed',
  'UserCreated', 'UserChanged', 'UserDeactivated', 'UserReactivated', 'UserPasswordReset', 'UserPasswordChanged',
  'FieldCreated', 'FieldAssigned',
];

/** The one stream of the organisation: its invariants (unique usernames, leaders who exist) span every part of it. */
export const ORGANISATION_STREAM = 'organisation';
