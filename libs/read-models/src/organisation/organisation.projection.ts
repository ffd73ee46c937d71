import { ORGANISATION_EVENT_TYPES, ORGANISATION_STREAM, type OrganisationEvent } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import type { EntityManager } from 'typeorm';
import { ORGANISATION_CHANNEL } from './organisation-changes';

type Kind = 'department' | 'user' | 'field';
const HANDLED = new Set<string>(ORGANISATION_EVENT_TYPES);

/** Each kind's row as of now, as its history keeps it (no credential: that is the vault's). */
const SNAPSHOT: Record<Kind, string> = {
  department: 'SELECT id, code, name FROM org_departments WHERE id::text = $1',
  user: 'SELECT id, username, full_name AS "fullName", roles, department_id AS "departmentId", email, active FROM org_users WHERE id::text = $1',
  field: `SELECT code, name, department_id AS "departmentId", office_leader_id AS "officeLeaderId", committee_leader_id AS "committeeLeaderId"
            FROM org_fields WHERE code = $1`,
};

/** Writes the present row of the event's subject; answers the subject and, for a change of the organisation (not a password), since when it holds. */
async function applyCurrent(event: OrganisationEvent, at: string, tx: EntityManager): Promise<{ kind: Kind; key: string; validFrom: string | null }> {
  switch (event.type) {
    case 'DepartmentCreated': {
      const { departmentId, code, name, effectiveFrom } = event.data;
      await tx.query('INSERT INTO org_departments (id, code, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET code = $2, name = $3', [departmentId, code, name]);
      return { kind: 'department', key: departmentId, validFrom: effectiveFrom };
    }
    case 'DepartmentRenamed':
      await tx.query('UPDATE org_departments SET name = $2 WHERE id = $1', [event.data.departmentId, event.data.name]);
      return { kind: 'department', key: event.data.departmentId, validFrom: at };
    case 'UserCreated': {
      const { userId, username, fullName, roles, departmentId, email, credentialId, mustChangePassword, effectiveFrom } = event.data;
      await tx.query(
        `INSERT INTO org_users (id, username, full_name, roles, department_id, email, active, must_change_password, credential_id) VALUES ($1, $2, $3, $4, $5, $6, true, $7, $8)
         ON CONFLICT (id) DO UPDATE SET username = $2, full_name = $3, roles = $4, department_id = $5, email = $6, active = true, must_change_password = $7, credential_id = $8`,
        [userId, username, fullName, roles, departmentId, email, mustChangePassword, credentialId],
      );
      return { kind: 'user', key: userId, validFrom: effectiveFrom };
    }
    case 'UserChanged': {
      const { userId, fullName, roles, departmentId, email } = event.data;
      await tx.query('UPDATE org_users SET full_name = $2, roles = $3, department_id = $4, email = $5 WHERE id = $1', [userId, fullName, roles, departmentId, email]);
      return { kind: 'user', key: userId, validFrom: at };
    }
    case 'UserDeactivated':
    case 'UserReactivated':
      await tx.query('UPDATE org_users SET active = $2 WHERE id = $1', [event.data.userId, event.type === 'UserReactivated']);
      return { kind: 'user', key: event.data.userId, validFrom: at };
    case 'UserPasswordReset':
    case 'UserPasswordChanged':
      await tx.query('UPDATE org_users SET credential_id = $2, must_change_password = $3 WHERE id = $1', [event.data.userId, event.data.credentialId, event.type === 'UserPasswordReset']);
      return { kind: 'user', key: event.data.userId, validFrom: null };
    case 'FieldCreated': {
      const { code, name, departmentId, officeLeaderId, committeeLeaderId, effectiveFrom } = event.data;
      await tx.query(
        `INSERT INTO org_fields (code, name, department_id, office_leader_id, committee_leader_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (code) DO UPDATE SET name = $2, department_id = $3, office_leader_id = $4, committee_leader_id = $5`,
        [code, name, departmentId, officeLeaderId, committeeLeaderId],
      );
      return { kind: 'field', key: code, validFrom: effectiveFrom };
    }
    case 'FieldAssigned': {
      const { code, departmentId, officeLeaderId, committeeLeaderId, effectiveFrom } = event.data;
      await tx.query('UPDATE org_fields SET department_id = $2, office_leader_id = $3, committee_leader_id = $4 WHERE code = $1', [code, departmentId, officeLeaderId, committeeLeaderId]);
      return { kind: 'field', key: code, validFrom: effectiveFrom };
    }
  }
}

/** One event: the present tables, then its history row (closing the subject's previous version when it makes a new one). */
async function applyOne(recorded: RecordedEvent, tx: EntityManager): Promise<void> {
  const event = { type: recorded.type, data: recorded.data } as unknown as OrganisationEvent;
  const { kind, key, validFrom } = await applyCurrent(event, recorded.metadata.occurredAt, tx);
  let snapshot: unknown = null;
  if (validFrom !== null) {
    await tx.query('UPDATE org_changes SET valid_to = $3 WHERE subject_kind = $1 AND subject_key = $2 AND valid_to IS NULL AND valid_from IS NOT NULL', [kind, key, validFrom]);
    [snapshot] = (await tx.query(SNAPSHOT[kind], [key])) as unknown[];
  }
  await tx.query(
    `INSERT INTO org_changes (revision, type, subject_kind, subject_key, recorded_at, actor_id, reason, valid_from, snapshot) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (revision) DO NOTHING`,
    [recorded.revision.toString(), recorded.type, kind, key, recorded.metadata.occurredAt, recorded.metadata.actorId, (event.data as { reason: string }).reason, validFrom, snapshot === null ? null : JSON.stringify(snapshot)],
  );
}

/**
 * The projection of the stream `organisation` onto the org_* tables. Idempotent and in order: it
 * applies only the revision right after the last one applied (org_meta, locked for the
 * transaction), so the API applying its own change at once and the projector or a catch-up
 * applying it again never apply an event twice or skip one. Answers the revision applied up to.
 */
export async function applyOrganisationEvents(events: readonly RecordedEvent[], tx: EntityManager): Promise<bigint> {
  const [{ revision }] = (await tx.query('SELECT revision FROM org_meta WHERE id = 1 FOR UPDATE')) as Array<{ revision: string }>;
  let applied = BigInt(revision);
  for (const event of events) {
    if (event.streamId !== ORGANISATION_STREAM || !HANDLED.has(event.type) || event.revision !== applied + 1n) continue;
    await applyOne(event, tx);
    applied = event.revision;
  }
  await tx.query('UPDATE org_meta SET revision = $1 WHERE id = 1', [applied.toString()]);
  // Delivered at commit to every directory listening (OrganisationChanges): their cached organisation is stale from then.
  if (applied !== BigInt(revision)) await tx.query('SELECT pg_notify($1, $2)', [ORGANISATION_CHANNEL, applied.toString()]);
  return applied;
}
