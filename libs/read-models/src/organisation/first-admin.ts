import { randomUUID } from 'node:crypto';
import { requireStrongPassword, ruleViolation, type User } from '@office/domain';
import type { OrganisationDirectory } from './organisation-directory';

export interface FirstAdmin {
  username: string;
  fullName: string;
  password: string;
}

/** ADMIN_USERNAME / ADMIN_PASSWORD (ADMIN_FULL_NAME optional) when both are set. */
export function firstAdminFromEnv(env: NodeJS.ProcessEnv): FirstAdmin | null {
  const username = env.ADMIN_USERNAME?.trim();
  const password = env.ADMIN_PASSWORD;
  return username && password ? { username, password, fullName: env.ADMIN_FULL_NAME?.trim() || 'Quản trị hệ thống' } : null;
}

/**
 * The first administrator of an office without the demo organisation: only on an empty
 * organisation (FIRST_ADMIN_EXISTS otherwise), with a strong password (PASSWORD_TOO_WEAK), as the
 * first event of the stream `organisation`. Everyone else is then created by this administrator.
 */
export async function createFirstAdmin(directory: OrganisationDirectory, admin: FirstAdmin, hash: (password: string) => Promise<string>): Promise<User> {
  if (!(await directory.isEmpty())) throw ruleViolation('FIRST_ADMIN_EXISTS', 'Tổ chức đã có người dùng: quản trị viên đầu tiên chỉ được tạo một lần');
  const password = requireStrongPassword(admin.password, admin.username.toLowerCase());
  const user: User = { id: randomUUID(), username: admin.username.toLowerCase(), fullName: admin.fullName, roles: ['admin'], departmentId: null, email: null };
  await directory.seed({ departments: [], users: [user], fields: [] }, () => hash(password));
  return user;
}
