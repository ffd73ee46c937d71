import { DOCUMENT_QUEUE_STEPS, DOCUMENT_TURNS, hasRole, WHO, type ClockName, type DocumentQueueStep, type Responsibility, type Role } from '@office/domain';
import type { Sql } from '../sql/sql';

/** Who asks: the fields of a signed-in user the queue depends on. */
export interface QueueViewer {
  id: string;
  roles: Role[];
  departmentId: string | null;
  /**
   * The instant a delegation must be in force at for its holder to owe (and see) what awaits the
   * leader who gave it (DOMAIN.md §10): the caller's clock; the database's when not given.
   */
  at?: string;
}

/** A step waiting for the caller, named as in the HTTP path (`POST /api/documents/:id/<action>`). */
export type DocumentQueueAction = DocumentQueueStep;

/*
 * The SQL twins of the turns table's people (libs/domain document.turns.ts `WHO`) and of the rules
 * of the queued steps, over `rm_document_summaries d` joined with `org_fields f` on the field. The
 * conditions below are generated from the table (statuses, who, priority); only these fragments are
 * written by hand, and document-queue.spec.ts proves on PostgreSQL that they answer as the
 * TypeScript does for every state × viewer.
 */

/** `owes` of each responsibility as SQL ('FALSE' when the viewer's role rules it out). */
const WHO_SQL: Readonly<Record<Responsibility, (sql: Sql, viewer: QueueViewer, d: string, f: string) => string>> = {
  clerk: (_sql, viewer) => (hasRole(viewer, 'clerk') ? 'TRUE' : 'FALSE'),
  field_office_leader: (sql, viewer, _d, f) => `${f}.office_leader_id = ${me(sql, viewer)}`,
  department_head: (sql, viewer, d) =>
    hasRole(viewer, 'department_head') && viewer.departmentId ? `${d}.department_id = ${sql.p(viewer.departmentId)}::uuid` : 'FALSE',
  assignee: (sql, viewer, d) => `${d}.assignee_id = ${me(sql, viewer)}`,
  signer: (sql, viewer, d) => `(${d}.leader_id = ${me(sql, viewer)} OR ${delegatedToSql(sql, viewer, d)})`,
  clerk_or_assignee: (sql, viewer, d, f) => (hasRole(viewer, 'clerk') ? 'TRUE' : WHO_SQL.assignee(sql, viewer, d, f)),
  deadline_setter: (sql, viewer, d) => `(${d}.state->'deadlines'->'leader'->>'setBy')::uuid = ${me(sql, viewer)}`,
};

/** The rules on the state of the steps the queue lists (`DOCUMENT_TURNS[step].rule`), beyond the queue's statuses. */
const QUEUE_RULE_SQL: Readonly<Partial<Record<DocumentQueueStep, (d: string) => string>>> = {
  submit: (d) => `${d}.state->'appraisal'->>'outcome' = 'valid'`,
  'request-supplement': (d) => `(jsonb_typeof(${d}.state->'supplement') = 'null' AND ${d}.state->'appraisal'->>'outcome' IS DISTINCT FROM 'valid')`,
};

const me = (sql: Sql, viewer: QueueViewer) => `${sql.p(viewer.id)}::uuid`;
const statusIn = (statuses: readonly string[], d: string) => `${d}.status IN (${statuses.map((s) => `'${s}'`).join(', ')})`;

/**
 * The delegations the viewer holds from the leader named in the submission (`d.leader_id`), in
 * force at the viewer's instant (the day in Asia/Ho_Chi_Minh within their period, not revoked by
 * then: `delegationInForce`) and covering the field and the draft's type (`delegationCovers`).
 */
function heldDelegationsSql(sql: Sql, viewer: QueueViewer, d: string): string {
  const at = viewer.at ? `${sql.p(viewer.at)}::timestamptz` : 'now()';
  const day = `(${at} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
  return `FROM rm_delegations g WHERE g.grantee_id = ${me(sql, viewer)} AND g.grantor_id = ${d}.leader_id
      AND (g.revoked_at IS NULL OR g.revoked_at > ${at}) AND g.valid_from <= ${day} AND (g.valid_to IS NULL OR g.valid_to >= ${day})
      AND (cardinality(g.field_codes) = 0 OR ${d}.field_code = ANY(g.field_codes))
      AND (cardinality(g.document_types) = 0 OR ${d}.state->'submission'->'draft'->>'documentType' = ANY(g.document_types))`;
}

const delegatedToSql = (sql: Sql, viewer: QueueViewer, d: string) => `EXISTS (SELECT 1 ${heldDelegationsSql(sql, viewer, d)})`;

/** `owes` of `who` for the viewer, as SQL: exported for the agreement test. */
export function responsibilitySql(sql: Sql, viewer: QueueViewer, who: Responsibility, d = 'd', f = 'f'): string {
  return WHO_SQL[who](sql, viewer, d, f);
}

/**
 * The SQL twin of `canView` (libs/domain document.access.ts) over `rm_document_summaries d`
 * joined with `org_fields f` on the field: normal documents for all staff; restricted ones for
 * the office chief, auditors, the people on the path, the person it is sealed for, its readers
 * for information (`readsForInformation`: the people named, the heads of the departments named),
 * and whoever must act on it now as a person (`mustActNow`, generated from the turns table: the
 * office leader in charge, the head of the department, the specialist, the leader named for the
 * signature or a deputy holding a live delegation from them). The single-document read uses `canView` itself.
 */
export function documentVisibleSql(sql: Sql, viewer: QueueViewer, d = 'd', f = 'f'): string {
  if (hasRole(viewer, 'office_chief', 'auditor')) return 'TRUE';
  const parts = [`NOT ${d}.restricted`, `${me(sql, viewer)} = ANY(${d}.path)`, `${d}.sealed_for_user_id = ${me(sql, viewer)}`, `${me(sql, viewer)} = ANY(${d}.for_information_user_ids)`];
  if (hasRole(viewer, 'department_head') && viewer.departmentId) parts.push(`${sql.p(viewer.departmentId)}::uuid = ANY(${d}.for_information_department_ids)`);
  for (const step of DOCUMENT_QUEUE_STEPS) {
    const turn = DOCUMENT_TURNS[step];
    if (!WHO[turn.who].personal || !turn.queue) continue;
    const owes = WHO_SQL[turn.who](sql, viewer, d, f);
    if (owes !== 'FALSE') parts.push(`(${statusIn(turn.queue, d)} AND ${owes})`);
  }
  return `(${parts.join(' OR ')})`;
}

/**
 * The one definition of "this document waits for this person": the step they owe it now, or
 * NULL, as an SQL expression over `rm_document_summaries d` / `org_fields f`, generated from the
 * turns table in its queue order (`documentQueueStep` is the TypeScript twin). The queue
 * (GET /api/me/queue), the counters (GET /api/me/counters) and the due-soon sweep all use it, with
 * `documentVisibleSql` as their condition. By responsibility: clerk → receive a supplement, issue;
 * office leader in charge → distribute, initial; head → assign; the assigned specialist →
 * submit, request a supplement, appraise; the named leader, or a deputy under a live delegation
 * from them → sign.
 */
export function documentQueueActionSql(sql: Sql, viewer: QueueViewer, d = 'd', f = 'f'): string {
  const when = DOCUMENT_QUEUE_STEPS.flatMap((step) => {
    const turn = DOCUMENT_TURNS[step];
    const owes = WHO_SQL[turn.who](sql, viewer, d, f);
    if (!turn.queue || owes === 'FALSE') return [];
    const conditions = [statusIn(turn.queue, d), ...(owes === 'TRUE' ? [] : [owes]), ...(QUEUE_RULE_SQL[step] ? [QUEUE_RULE_SQL[step](d)] : [])];
    return [`WHEN ${conditions.join(' AND ')} THEN '${step}'`];
  });
  return when.length === 0 ? 'NULL::text' : `CASE ${when.join(' ')} END`;
}

/**
 * The capacity in which the viewer would sign a document awaiting a leader's signature, when it
 * is under a delegation (the queue's "KT. CHỦ TỊCH"): the mark and the title, or NULL (their own
 * name, or not a signature they owe). The first delegation that fits, like `signingOptions`.
 */
export function documentSigningCapacitySql(sql: Sql, viewer: QueueViewer, d = 'd'): string {
  return `(SELECT g.kind || '. ' || g.on_behalf_of_title ${heldDelegationsSql(sql, viewer, d)} AND ${d}.leader_id IS DISTINCT FROM ${me(sql, viewer)}
      ORDER BY g.valid_from, g.id LIMIT 1)`;
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
