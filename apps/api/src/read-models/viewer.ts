import { hasRole, type Role } from '@office/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Sql } from './sql';

/** Lãnh đạo: who reads the briefing. */
export const LEADER_ROLES: Role[] = ['office_chief', 'office_deputy_chief', 'committee_vice_chairman', 'committee_chairman'];

/**
 * The SQL twin of `canView` (libs/domain document.access.ts) over `rm_document_summaries d`
 * joined with `org_fields f` on the field: normal documents for all staff; restricted ones for
 * the office chief, auditors, the people on the path, the person it is sealed for, and whoever
 * must act on it now by name (the office leader in charge to distribute or initial it, the head
 * of the department it was distributed to). The single-document read uses `canView` itself.
 */
export function visibleSql(sql: Sql, viewer: AuthenticatedUser, d = 'd', f = 'f'): string {
  if (hasRole(viewer, 'office_chief', 'auditor')) return 'TRUE';
  const me = `${sql.p(viewer.id)}::uuid`;
  const parts = [
    `NOT ${d}.restricted`,
    `${me} = ANY(${d}.path)`,
    `${d}.sealed_for_user_id = ${me}`,
    `(${d}.status IN ('received', 'returned', 'submitted') AND ${f}.office_leader_id = ${me})`,
  ];
  if (hasRole(viewer, 'department_head') && viewer.departmentId) {
    parts.push(`(${d}.status = 'distributed' AND ${d}.department_id = ${sql.p(viewer.departmentId)}::uuid)`);
  }
  return `(${parts.join(' OR ')})`;
}

/** The same for a register row of restricted documents: the chief, auditors, and the people on its path. */
export function registerRowVisibleSql(sql: Sql, viewer: AuthenticatedUser, pathExpression: string, restrictedExpression: string): string {
  if (hasRole(viewer, 'office_chief', 'auditor')) return 'TRUE';
  return `(NOT (${restrictedExpression}) OR ${sql.p(viewer.id)}::uuid = ANY(${pathExpression}))`;
}
