import { COMMITTEE_LEADER_ROLES, hasRole, OFFICE_LEADER_ROLES, type Role } from '@office/domain';
import type { Sql } from '../../sql/sql';

/** Who reads dossiers: a user id, roles, department (an authenticated API user fits). */
export interface DossierViewer {
  id: string;
  roles: Role[];
  departmentId: string | null;
}

/** Roles that see every dossier: the desk, office and committee leaders, the ISO secretary, auditors (API.md). */
export const DOSSIER_OVERSEER_ROLES: readonly Role[] = ['onestop_officer', ...OFFICE_LEADER_ROLES, ...COMMITTEE_LEADER_ROLES, 'iso_secretary', 'auditor'];

/**
 * The SQL twin of `canViewDossier` (libs/domain dossier.turns.ts) over `rm_dossiers d`: those who
 * see every dossier; for a dossier the desk has received, the people on its path and whoever
 * holds it (the named person, else the head of the holding department). The single read, the
 * lists and the queues all use this one condition; a test checks it agrees with the domain.
 */
export function dossierVisibleSql(sql: Sql, viewer: DossierViewer, d = 'd'): string {
  if (hasRole(viewer, ...DOSSIER_OVERSEER_ROLES)) return 'TRUE';
  const me = `${sql.p(viewer.id)}::uuid`;
  const parts = [`${me} = ANY(${d}.path)`, `${d}.holder_user_id = ${me}`];
  if (hasRole(viewer, 'department_head') && viewer.departmentId) {
    parts.push(`(${d}.holder_user_id IS NULL AND ${d}.holder_unit_id = ${sql.p(viewer.departmentId)}::uuid)`);
  }
  // Signed, the result waits for the clerks (văn thư) to number and issue it: they hold it (isHolder).
  if (hasRole(viewer, 'clerk')) parts.push(`${d}.status = 'signed'`);
  return `(${d}.status <> 'submitted_online' AND (${parts.join(' OR ')}))`;
}

/**
 * The SQL twin of `classifyDossier` (libs/domain dossier.classify.ts) as of `today` (a SQL date
 * expression), over `rm_dossiers d`: the final classification once the result is at the desk;
 * before, `overdue` after the due day and `in_time` until then. While a supplement is awaited the
 * applicant holds the clock: under `restart` a new clock will start (in time); under `pause` the
 * days left are kept, so it is overdue only if the due day had passed when the request was made.
 * None for a dossier not received yet, stopped or withdrawn.
 */
export function dossierClassificationSql(today: string, d = 'd'): string {
  return `(CASE WHEN ${d}.classification IS NOT NULL THEN ${d}.classification
    WHEN ${d}.due IS NULL OR ${d}.status IN ('withdrawn', 'stopped') THEN NULL
    WHEN ${d}.status = 'supplement_requested' THEN
      CASE WHEN ${d}.supplement_policy = 'pause' AND ${d}.due < (${d}.supplement_requested_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN 'overdue' ELSE 'in_time' END
    WHEN ${d}.due < ${today} THEN 'overdue'
    ELSE 'in_time' END)`;
}
