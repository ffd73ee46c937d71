/** Who may open which part of the application (the API enforces the same; this only hides what would be refused). */
export const LEADER_ROLES = ['committee_chairman', 'committee_vice_chairman', 'office_chief', 'office_deputy_chief'];
export const ALL_STAFF = null;
export const WORKING_STAFF = ['clerk', 'specialist', 'department_head', ...LEADER_ROLES, 'onestop_officer', 'iso_secretary', 'admin'];
export const REGISTER_ROLES = ['clerk', ...LEADER_ROLES, 'auditor'];
export const ISO_ROLES = ['iso_secretary', ...LEADER_ROLES, 'auditor'];
export const EVIDENCE_ROLES = ['iso_secretary', 'auditor'];
/** The quality system (DOMAIN.md §7): the ISO secretary keeps the records; the office chief approves, confirms and declares; verification by either. */
export const ISO_SECRETARY_ROLES = ['iso_secretary'];
export const OFFICE_CHIEF_ROLES = ['office_chief'];
export const ISO_VERIFIER_ROLES = ['iso_secretary', 'office_chief'];
export const AUDIT_ROLES = ['auditor'];
export const CLERK_ROLES = ['clerk'];
/** The one-stop desk (DOMAIN.md §6): the desk itself, who may read dossiers, the catalogue, the statistics. */
export const DESK_ROLES = ['onestop_officer'];
export const DOSSIER_ROLES = ['onestop_officer', 'clerk', 'specialist', 'department_head', ...LEADER_ROLES, 'iso_secretary', 'auditor'];
export const DOSSIER_NAV_ROLES = DOSSIER_ROLES.filter((role) => role !== 'onestop_officer');
export const CATALOGUE_ROLES = ['iso_secretary', ...LEADER_ROLES];
export const ONESTOP_STATS_ROLES = [...LEADER_ROLES, 'iso_secretary'];
/** Leaders' directives (DOMAIN.md §8): meetings and the task register, and who may read the outcome reports (as the API allows). */
export const DIRECTIVE_ROLES = ['clerk', 'specialist', 'department_head', ...LEADER_ROLES, 'auditor'];
export const DIRECTIVE_REPORT_ROLES = [...LEADER_ROLES, 'department_head', 'specialist', 'auditor'];
/** The working-day calendar (lịch làm việc): the admin keeps it, an auditor reads it as it was at any instant. */
export const CALENDAR_ROLES = ['admin', 'auditor'];
/** Staff hand-over (bàn giao): heads and office leaders follow it from the navigation; the leaver and receivers open theirs by link. */
export const HANDOVER_NAV_ROLES = ['department_head', 'office_chief', 'office_deputy_chief', 'admin'];

/** Administration (quản trị): people and the organisation are the admin's; an auditor reads the organisation's history. */
export const ADMIN_ROLES = ['admin'];
/** Ủy quyền ký: offered to the leaders who give or hold delegations, the clerks who check signatures, and admin. */
export const DELEGATION_NAV_ROLES = [...LEADER_ROLES, 'clerk', 'admin'];
export const ORGANISATION_READER_ROLES = ['admin', 'auditor'];
/** Hồ sơ lưu trữ (DOMAIN.md §9): the clerk keeps the archive; departments and leaders file, close and follow their files. */
export const RECORDS_ROLES = ['clerk', 'specialist', 'department_head', ...LEADER_ROLES];
/** Liên thông văn bản: the clerks who send and receive, the office chief and auditors who look. */
export const EXCHANGE_ROLES = ['clerk', 'office_chief', 'auditor'];

/** `roles` null means every signed-in member of staff. */
export function allows(user, roles) {
  return !!user && (roles === null || roles === undefined || user.roles.some((role) => roles.includes(role)));
}

/**
 * Where a user starts after signing in. Leaders too start on their queue (what waits for their
 * initials or signature), always: it is what they act on each day, the statistics are one click
 * away, and a start page that depended on a count would cost a request before the first page.
 */
export function homeFor(user) {
  if (allows(user, LEADER_ROLES)) return '/viec-cua-toi';
  if (allows(user, AUDIT_ROLES)) return '/kiem-toan';
  if (allows(user, ['iso_secretary'])) return '/iso';
  if (allows(user, DESK_ROLES)) return '/mot-cua';
  return '/viec-cua-toi';
}

/** Lịch công tác: any member of staff may read the leaders' week; the navigation offers it to those who keep or attend it. */
export const SCHEDULE_NAV_ROLES = ['clerk', 'specialist', 'department_head', ...LEADER_ROLES];
