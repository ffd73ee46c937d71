import type { Organisation, Role, User } from '@office/domain';
import type { DataSource } from 'typeorm';
import { DepartmentRow, FieldRow, UserRow } from './organisation.entities';

const CACHE_MS = 30_000;

/** The organisation as the domain needs it, from the org_* tables; cached briefly because it changes rarely. */
export class OrganisationDirectory {
  private cached?: { at: number; organisation: Organisation };

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => number = Date.now,
  ) {}

  async organisation(): Promise<Organisation> {
    const now = this.clock();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.organisation;
    const [departments, users, fields] = await Promise.all([
      this.dataSource.getRepository(DepartmentRow).find({ order: { code: 'ASC' } }),
      this.dataSource.getRepository(UserRow).find({ order: { username: 'ASC' } }),
      this.dataSource.getRepository(FieldRow).find({ order: { code: 'ASC' } }),
    ]);
    const organisation: Organisation = {
      departments: departments.map(({ id, code, name }) => ({ id, code, name })),
      users: users.map(toUser),
      fields: fields.map(({ code, name, departmentId, officeLeaderId, committeeLeaderId }) => ({ code, name, departmentId, officeLeaderId, committeeLeaderId })),
    };
    this.cached = { at: now, organisation };
    return organisation;
  }

  /** The login record of a user: the user and the stored password hash. */
  async credentials(username: string): Promise<{ user: User; passwordHash: string } | null> {
    const row = await this.dataSource.getRepository(UserRow).findOneBy({ username });
    return row ? { user: toUser(row), passwordHash: row.passwordHash } : null;
  }

  async isEmpty(): Promise<boolean> {
    return (await this.dataSource.getRepository(UserRow).count()) === 0;
  }

  /** Writes a whole organisation in one transaction (the demo seed, or an import). */
  async seed(organisation: Organisation, passwordHashOf: (user: User) => Promise<string>): Promise<void> {
    const hashes = await Promise.all(organisation.users.map(passwordHashOf));
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(DepartmentRow).save(organisation.departments);
      await tx.getRepository(UserRow).save(organisation.users.map((user, i) => ({ ...user, passwordHash: hashes[i] })));
      await tx.getRepository(FieldRow).save(organisation.fields);
    });
    this.cached = undefined;
  }
}

function toUser(row: UserRow): User {
  return { id: row.id, username: row.username, fullName: row.fullName, roles: row.roles as Role[], departmentId: row.departmentId };
}
