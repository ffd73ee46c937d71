import { hasRole, type Role } from '@office/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Sql } from './sql';

/** Lãnh đạo: who reads the briefing. */
export const LEADER_ROLES: Role[] = ['office_chief', 'office_deputy_chief', 'committee_vice_chairman', 'committee_chairman'];

/** The SQL twin of `canView`, kept in @office/read-models beside the queue's definition (the sweep of the projector uses both). */
// Module by module (see sql.ts).
export { documentVisibleSql as visibleSql } from '@office/read-models/documents/document-queue';

/** The same for a register row of restricted documents: the chief, auditors, and the people on its path. */
export function registerRowVisibleSql(sql: Sql, viewer: AuthenticatedUser, pathExpression: string, restrictedExpression: string): string {
  if (hasRole(viewer, 'office_chief', 'auditor')) return 'TRUE';
  return `(NOT (${restrictedExpression}) OR ${sql.p(viewer.id)}::uuid = ANY(${pathExpression}))`;
}
