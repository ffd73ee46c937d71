import { randomUUID } from 'node:crypto';
import type { Organisation, Role, User } from '@office/domain';
import type { EventStore } from '@office/event-store';
import type { DataSource } from 'typeorm';
import { OrganisationChanges } from './organisation-changes';
import { catchUpOrganisation, seedOrganisation } from './organisation-seed';
import { DepartmentRow, FieldRow, UserRow } from './organisation.entities';

/** What login needs of a user: the user, the hash of the credential in force, and whether it must be changed. */
export interface Credentials {
  user: User;
  passwordHash: string;
  credentialId: string;
  mustChangePassword: boolean;
}

/** What the access guard checks on every request (cached there for at most 30 s). */
export interface AccessStatus {
  active: boolean;
  mustChangePassword: boolean;
  /** Roles and department as of now: a change applies to tokens already issued. */
  roles: Role[];
  departmentId: string | null;
}

/** One change of the organisation as the history page lists it. */
export interface OrganisationChange {
  revision: string;
  type: string;
  subjectKind: 'department' | 'user' | 'field';
  subjectKey: string;
  /** The department's or field's name, the person's full name. */
  subjectName: string | null;
  recordedAt: string;
  actor: { id: string; name: string | null };
  reason: string;
  validFrom: string | null;
  validTo: string | null;
  snapshot: Record<string, unknown> | null;
}

interface Cached {
  revision: string;
  /** OrganisationChanges' token when the revision was read: while it has not moved, nothing changed since. */
  token: number | null;
  /** The latest instant any version took effect: the present tables answer every instant from it on. */
  latest: number;
  organisation: Organisation;
}

/**
 * The organisation as the domain needs it. Now: from the present tables (org_*), kept in memory
 * for as long as the organisation's applied revision (org_meta, one row) has not moved, so that
 * a change shows in the next decision of every process. At an earlier instant: from the history
 * rows (org_changes) in force then. Only active people are part of the organisation.
 *
 * Whether the revision moved costs a round trip per decision, unless `listen` was called: then a
 * LISTEN connection is told of every change as it commits, and the revision is read again only
 * after a notification (or a lost connection). A change this process applies (`catchUp`) counts
 * at once; one applied by another process counts from its notification, milliseconds after its
 * commit.
 */
export class OrganisationDirectory {
  private cached?: Cached;
  private notified?: OrganisationChanges;

  constructor(
    private readonly dataSource: DataSource,
    /** The event store, for changes and the seed; without it (projection tests) the seed writes the tables only. */
    private readonly store?: EventStore,
  ) {}

  /** Stops reading org_meta on every lookup: changes are notified on a connection of its own to `connectionString`. */
  listen(connectionString: string): void {
    this.notified ??= new OrganisationChanges(connectionString);
    this.notified.start();
  }

  async close(): Promise<void> {
    await this.notified?.close();
  }

  /** The organisation as it was at `at` (an ISO instant; default now): the one lookup every decision uses. */
  async organisation(at?: string): Promise<Organisation> {
    const current = await this.current();
    if (at === undefined || Date.parse(at) >= current.latest) return current.organisation;
    return this.asOf(at);
  }

  /** The login record of an active user: the user, the credential's hash and whether it must be changed. */
  async credentials(username: string): Promise<Credentials | null> {
    const [row] = (await this.dataSource.query(
      `SELECT u.id, c.password_hash AS "passwordHash", c.id AS "credentialId", u.must_change_password AS "mustChangePassword"
         FROM org_users u JOIN org_credentials c ON c.id = u.credential_id WHERE u.username = $1 AND u.active`,
      [username.toLowerCase()],
    )) as Array<{ id: string; passwordHash: string; credentialId: string; mustChangePassword: boolean }>;
    const user = row && (await this.dataSource.getRepository(UserRow).findOneBy({ id: row.id }));
    return row && user ? { user: toUser(user), passwordHash: row.passwordHash, credentialId: row.credentialId, mustChangePassword: row.mustChangePassword } : null;
  }

  /** Whether a user may still act, and must first change their password; null for an unknown id. */
  async access(userId: string): Promise<AccessStatus | null> {
    const row = await this.dataSource.getRepository(UserRow).findOneBy({ id: userId });
    return row ? { active: row.active, mustChangePassword: row.mustChangePassword, roles: row.roles as Role[], departmentId: row.departmentId } : null;
  }

  /** Every person, active or not, for the administrators' list. */
  async staff(): Promise<Array<User & Pick<AccessStatus, 'active' | 'mustChangePassword'>>> {
    const rows = await this.dataSource.getRepository(UserRow).find({ order: { username: 'ASC' } });
    return rows.map((row) => ({ ...toUser(row), email: row.email, active: row.active, mustChangePassword: row.mustChangePassword }));
  }

  /** Every change, latest first, optionally of one subject (`field`/`KH-DT`, `user`/<id>): who made it, why, and when it was in force. */
  async changes(filter: { kind?: string; key?: string; limit?: number } = {}): Promise<OrganisationChange[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.revision::text, c.type, c.subject_kind AS "subjectKind", c.subject_key AS "subjectKey",
              COALESCE(c.snapshot->>'fullName', c.snapshot->>'name', su.full_name, sd.name, sf.name) AS "subjectName",
              c.recorded_at AS "recordedAt", c.actor_id AS "actorId", a.full_name AS "actorName", c.reason,
              c.valid_from AS "validFrom", c.valid_to AS "validTo", c.snapshot
         FROM org_changes c
         LEFT JOIN org_users a ON a.id = c.actor_id
         LEFT JOIN org_users su ON c.subject_kind = 'user' AND su.id::text = c.subject_key
         LEFT JOIN org_departments sd ON c.subject_kind = 'department' AND sd.id::text = c.subject_key
         LEFT JOIN org_fields sf ON c.subject_kind = 'field' AND sf.code = c.subject_key
        WHERE ($1::text IS NULL OR c.subject_kind = $1) AND ($2::text IS NULL OR c.subject_key = $2)
        ORDER BY c.revision DESC LIMIT $3`,
      [filter.kind ?? null, filter.key ?? null, filter.limit ?? 500],
    )) as Array<Record<string, unknown>>;
    const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : null);
    return rows.map((row) => ({
      revision: row.revision as string, type: row.type as string, subjectKind: row.subjectKind as OrganisationChange['subjectKind'], subjectKey: row.subjectKey as string,
      subjectName: (row.subjectName as string | null) ?? null, recordedAt: iso(row.recordedAt)!, actor: { id: row.actorId as string, name: (row.actorName as string | null) ?? null },
      reason: row.reason as string, validFrom: iso(row.validFrom), validTo: iso(row.validTo), snapshot: (row.snapshot as Record<string, unknown> | null) ?? null,
    }));
  }

  async isEmpty(): Promise<boolean> {
    return (await this.dataSource.getRepository(UserRow).count()) === 0;
  }

  /** Puts a password hash in the vault under a fresh id, for a change event to name. */
  async storeCredential(userId: string, passwordHash: string): Promise<string> {
    const id = randomUUID();
    await this.dataSource.query('INSERT INTO org_credentials (id, user_id, password_hash) VALUES ($1, $2, $3)', [id, userId, passwordHash]);
    return id;
  }

  /** Applies what the stream `organisation` holds beyond the tables: after each change, and at start. */
  async catchUp(): Promise<void> {
    if (!this.store) throw new Error('OrganisationDirectory.catchUp needs the event store');
    await catchUpOrganisation(this.store, this.dataSource);
    // What this process applied counts for its next decision, before the notification comes back
    // (a lookup that read the revision before this commit is not trusted after it either).
    this.notified?.moved();
  }

  /**
   * Writes a whole organisation (the demo seed, a first import) as events, through the
   * organisation's decider, and applies them at once; idempotent (a stream already begun is only
   * caught up). Without an event store, the same events go through the projection only.
   */
  async seed(organisation: Organisation, passwordHashOf: (user: User) => Promise<string>): Promise<void> {
    await seedOrganisation(organisation, passwordHashOf, this.dataSource, this.store);
  }

  private async current(): Promise<Cached> {
    const token = this.notified?.token() ?? null;
    if (this.cached && token !== null && this.cached.token === token) return this.cached;
    const [meta] = (await this.dataSource.query('SELECT revision, (SELECT max(valid_from) FROM org_changes) AS latest FROM org_meta WHERE id = 1')) as Array<{ revision: string; latest: Date | null }>;
    if (this.cached?.revision === meta.revision) return (this.cached = { ...this.cached, token });
    const [departments, users, fields] = await Promise.all([
      this.dataSource.getRepository(DepartmentRow).find({ order: { code: 'ASC' } }),
      this.dataSource.getRepository(UserRow).find({ where: { active: true }, order: { username: 'ASC' } }),
      this.dataSource.getRepository(FieldRow).find({ order: { code: 'ASC' } }),
    ]);
    const organisation: Organisation = {
      departments: departments.map(({ id, code, name }) => ({ id, code, name })),
      users: users.map(toUser),
      fields: fields.map(({ code, name, departmentId, officeLeaderId, committeeLeaderId }) => ({ code, name, departmentId, officeLeaderId, committeeLeaderId })),
    };
    this.cached = { revision: meta.revision, token, latest: meta.latest ? meta.latest.getTime() : -Infinity, organisation };
    return this.cached;
  }

  private async asOf(at: string): Promise<Organisation> {
    const rows = (await this.dataSource.query(
      `SELECT subject_kind AS kind, snapshot FROM org_changes
        WHERE valid_from IS NOT NULL AND valid_from <= $1 AND (valid_to IS NULL OR valid_to > $1) ORDER BY subject_key`,
      [at],
    )) as Array<{ kind: string; snapshot: Record<string, unknown> }>;
    const of = <T>(kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.snapshot as T);
    return {
      departments: of<Organisation['departments'][number]>('department').sort((a, b) => a.code.localeCompare(b.code)),
      users: of<User & { active: boolean }>('user').filter((u) => u.active).map(({ active: _active, email: _email, ...user }) => user).sort((a, b) => a.username.localeCompare(b.username)),
      fields: of<Organisation['fields'][number]>('field').sort((a, b) => a.code.localeCompare(b.code)),
    };
  }
}

function toUser(row: UserRow): User {
  return { id: row.id, username: row.username, fullName: row.fullName, roles: row.roles as Role[], departmentId: row.departmentId };
}
