import type { Actor } from '../shared';
import type { OrganisationCommand } from './organisation.commands';
import type { Organisation } from './organisation';

/** Since when a seeded organisation is in force: before any document a demo or a test dates back to. */
export const SEEDED_ORGANISATION_IN_FORCE_FROM = '2020-01-01T00:00:00.000Z';

/**
 * The commands that build a whole organisation from nothing (the demo organisation, or an import):
 * departments, then people, then fields, each through the decider like an administrator's change.
 * `credentialOf` names each person's first credential in the vault.
 */
export function organisationSeedCommands(organisation: Organisation, actor: Actor, now: string, credentialOf: (userId: string) => string): OrganisationCommand[] {
  const reason = 'Khởi tạo cơ cấu tổ chức';
  const base = { actor, now, reason, effectiveFrom: SEEDED_ORGANISATION_IN_FORCE_FROM };
  return [
    ...organisation.departments.map((d): OrganisationCommand => ({ ...base, type: 'create-department', departmentId: d.id, code: d.code, name: d.name })),
    ...organisation.users.map((u): OrganisationCommand => ({
      ...base, type: 'create-user', userId: u.id, username: u.username, fullName: u.fullName, roles: u.roles, departmentId: u.departmentId, email: u.email ?? null,
      credentialId: credentialOf(u.id), mustChangePassword: false,
    })),
    ...organisation.fields.map((f): OrganisationCommand => ({ ...base, type: 'create-field', ...f })),
  ];
}
