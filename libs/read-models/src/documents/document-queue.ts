import { hasRole, type ClockName, type Role } from '@office/domain';
import type { Sql } from '../sql/sql';

/** Who asks: the fields of a signed-in user the queue depends on. */
export interface QueueViewer {
  id: string;
  roles: Role[];
  departmentId: string | null;
}

/** A step waiting for the caller, named as in the HTTP path (`POST /api/documents/:id/<action>`). */
export type DocumentQueueAction = 'distribute' | 'assign' | 'appraise' | 'request-supplement' | 'submit' | 'initial' | 'sign' | 'issue' | 'receive-supplement';

/**
 * The SQL twin of `canView` (libs/domain document.access.ts) over `rm_document_summaries d`
 * joined with `org_fields f` on the field: normal documents for all staff; restricted ones for
 * the office chief, auditors, the people on the path, the person it is sealed for, and whoever
 * must act on it now by name (the office leader in charge to distribute or initial it, the head
 * of the department it was distributed to), and its readers for information (`readsForInformation`:
 * the people named, the heads of the departments named). The single-document read uses `canView` itself.
 */
export function documentVisibleSql(sql: Sql, viewer: QueueViewer, d = 'd', f = 'f'): string {
  if (hasRole(viewer, 'office_chief', 'auditor')) return 'TRUE';
  const me = `${sql.p(viewer.id)}::uuid`;
  const parts = [
    `NOT ${d}.restricted`,
    `${me} = ANY(${d}.path)`,
    `${d}.sealed_for_user_id = ${me}`,
    `(${d}.status IN ('received', 'returned', 'submitted') AND ${f}.office_leader_id = ${me})`,
    `${me} = ANY(${d}.for_information_user_ids)`,
  ];
  if (hasRole(viewer, 'department_head') && viewer.departmentId) {
    const department = `${sql.p(viewer.departmentId)}::uuid`;
    parts.push(`(${d}.status = 'distributed' AND ${d}.department_id = ${department})`, `${department} = ANY(${d}.for_information_department_ids)`);
  }
  return `(${parts.join(' OR ')})`;
}

/**
 * The one definition of "this document waits for this person": the step they owe it now, or
 * NULL, as an SQL expression over `rm_document_summaries d` / `org_fields f`. The queue
 * (GET /api/me/queue), the counters (GET /api/me/counters) and the due-soon sweep all use it, with
 * `documentVisibleSql` as their condition. By responsibility: clerk → receive a supplement, issue;
 * office leader in charge → distribute, initial; head → assign; the assigned specialist →
 * appraise, request a supplement, submit; the named leader → sign.
 */
export function documentQueueActionSql(sql: Sql, viewer: QueueViewer): string {
  const me = `${sql.p(viewer.id)}::uuid`;
  const when: string[] = [];
  if (hasRole(viewer, 'clerk')) when.push(`WHEN d.status = 'supplement_requested' THEN 'receive-supplement'`, `WHEN d.status = 'signed' THEN 'issue'`);
  when.push(`WHEN d.status IN ('received', 'returned') AND f.office_leader_id = ${me} THEN 'distribute'`, `WHEN d.status = 'submitted' AND f.office_leader_id = ${me} THEN 'initial'`);
  if (hasRole(viewer, 'department_head') && viewer.departmentId) when.push(`WHEN d.status = 'distributed' AND d.department_id = ${sql.p(viewer.departmentId)}::uuid THEN 'assign'`);
  when.push(
    `WHEN d.assignee_id = ${me} AND d.status = 'assigned' THEN 'appraise'`,
    `WHEN d.assignee_id = ${me} AND d.status = 'appraised' AND d.state->'appraisal'->>'outcome' = 'valid' THEN 'submit'`,
    `WHEN d.assignee_id = ${me} AND d.status = 'appraised' AND jsonb_typeof(d.state->'supplement') = 'null' THEN 'request-supplement'`,
    `WHEN d.assignee_id = ${me} AND d.status = 'appraised' THEN 'appraise'`,
    `WHEN d.leader_id = ${me} AND d.status = 'initialled' THEN 'sign'`,
  );
  return `CASE ${when.join(' ')} END`;
}

/**
 * "Văn bản để biết" (GET /api/documents?forInformation=me): documents whose distribution named the
 * viewer, or the viewer's department, for information. To be combined with `documentVisibleSql`:
 * on a confidential document a department's members other than its head are told only by name.
 * Being told never puts a document in the queue: `documentQueueActionSql` does not read these lists.
 */
export function sentForInformationSql(sql: Sql, viewer: QueueViewer, d = 'd'): string {
  const parts = [`${sql.p(viewer.id)}::uuid = ANY(${d}.for_information_user_ids)`];
  if (viewer.departmentId) parts.push(`${sql.p(viewer.departmentId)}::uuid = ANY(${d}.for_information_department_ids)`);
  return `(${parts.join(' OR ')})`;
}

/**
 * The clocks (DOMAIN.md §3) a queue action answers to: the deadline shown and counted for the
 * person whose step it is, never one another person owes. The clerk receiving a supplement owes no
 * clock (the sender does; the specialist's submit clock is paused meanwhile) and issuing owes the
 * issue clock only, not the leader's date the handling may already have missed; the specialist owes
 * the supplement clock (ask within 2 working days, if at all: it stops applying once appraised), the
 * submit clock and the leader's date; the head assigning and the leaders initialling and signing work
 * within the leader's due date.
 */
export const QUEUE_ACTION_CLOCKS: Readonly<Record<DocumentQueueAction, readonly ClockName[]>> = {
  distribute: ['distribute'],
  assign: ['leader'],
  appraise: ['supplement', 'submit', 'leader'],
  'request-supplement': ['supplement', 'submit', 'leader'],
  submit: ['submit', 'leader'],
  initial: ['leader'],
  sign: ['leader'],
  issue: ['issue'],
  'receive-supplement': [],
};

/**
 * The due day of the step waiting for the viewer (the earliest pending clock of
 * `QUEUE_ACTION_CLOCKS`), or NULL: an SQL expression over a row `q` with `action` (from
 * `documentQueueActionSql`) and `deadlines` (rm_document_summaries.deadlines). A paused clock is
 * not pending, so it is never shown as due.
 */
export function documentQueueDueSql(q = 'q'): string {
  const pending = (clock: ClockName) => `CASE WHEN ${q}.deadlines->'${clock}'->>'state' = 'pending' THEN (${q}.deadlines->'${clock}'->>'due')::date END`;
  const when = Object.entries(QUEUE_ACTION_CLOCKS)
    .filter(([, clocks]) => clocks.length > 0)
    .map(([action, clocks]) => `WHEN '${action}' THEN LEAST(${clocks.map(pending).join(', ')})`);
  return `(CASE ${q}.action ${when.join(' ')} END)`;
}
